package dev.hanzi.publisher.pdf;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.fop.pdf.PDFObject;
import org.apache.fop.pdf.StandardStructureAttributes;
import org.apache.fop.pdf.StandardStructureTypes;
import org.apache.fop.pdf.StructureType;

/**
 * Lets go of the document FOP 2.11's PDF constants hold on to after a rendering. A dictionary
 * makes itself the parent of each value put in it, constants included: a name kept in a static
 * field (a structure type's /S, /MCR and /OBJR of marked content, /Table of a cell's attributes,
 * a page label style, /ObjStm, /XRef, a /PageMode) points at the last dictionary of the last
 * document that used it, and from there, through that dictionary's structure element, page or
 * document, at the whole document, until another document uses the same constant. The print
 * edition uses no structure types: the screen edition's structure tree (for a chapter of 30,000
 * paragraphs some 250 MB, issue 14) stayed in memory all through the print edition's rendering.
 * The parent of a name is used for nothing once the document is written.
 */
final class FopConstants {
    /** FOP's classes whose static fields hold names or structure types, public or not. */
    private static final List<String> HOLDERS = List.of(
            "org.apache.fop.render.pdf.PDFLogicalStructureHandler",
            "org.apache.fop.pdf.PDFPageLabels",
            "org.apache.fop.pdf.PDFRoot",
            "org.apache.fop.pdf.ObjectStream",
            "org.apache.fop.pdf.xref.CrossReferenceStream",
            "org.apache.fop.render.pdf.ImageRawPNGAdapter");

    private FopConstants() {
    }

    /** Cuts the constants' parents; call when a rendering is over (FOP sets them again as it needs). */
    static void release() {
        List<Class<?>> holders = new ArrayList<>(List.of(StandardStructureTypes.class.getDeclaredClasses()));
        holders.add(StandardStructureAttributes.Table.class);
        for (StandardStructureAttributes.Table.Scope scope : StandardStructureAttributes.Table.Scope.values()) {
            scope.getName().setParent(null);
        }
        for (String name : HOLDERS) {
            try {
                holders.add(Class.forName(name, false, PDFObject.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // Not in this version of FOP: nothing of it to let go of.
            }
        }
        for (Class<?> holder : holders) {
            for (Field field : holder.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    release(field);
                }
            }
        }
    }

    private static void release(Field field) {
        Object value;
        try {
            field.setAccessible(true);
            value = field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return;
        }
        if (value instanceof PDFObject constant) {
            constant.setParent(null);
        } else if (value instanceof StructureType type) {
            type.getName().setParent(null);
        } else if (value instanceof PDFObject[] constants) {
            for (PDFObject constant : constants) {
                if (constant != null) {
                    constant.setParent(null);
                }
            }
        }
    }
}
