package dev.hanzi.publisher.style;

import dev.hanzi.publisher.check.Typography;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;

/**
 * The stylesheets' parameters ({@code xsl/common/params.xsl}), typed, in one record that becomes
 * Saxon's parameters. Lengths are numbers in the unit their name says, from the command line to
 * the page masters; an empty value leaves the stylesheets' own default.
 *
 * @param paperWidthMm the trim width
 * @param paperHeightMm the trim height
 * @param edition the PDF edition's name in the stylesheets, {@code screen} or {@code print}
 * @param fontSize body text size in points
 * @param lineHeight line pitch as a multiple of the font size
 * @param marginInnerMm the gutter
 * @param marginOuterMm the outer margin
 * @param bodyFont the family of body text (registered in fonts/fop.xconf)
 * @param headingFont the family of headings
 * @param charactersPerLine the type area's width in characters of the body size
 * @param linesPerPage the type area's height in lines
 * @param punctuationStyle how marks at the edges of full lines are set: trim, full or hang
 * @param runningHeads what the running heads carry: book (the book's title on left pages, the
 *     chapter's on right ones) or chapter (the chapter's on every page); empty: book in print,
 *     chapter on screen
 * @param parentSheet the parent sheet, {@code WIDTH×HEIGHT} in millimetres (the copyright page's 开本)
 */
public record StyleParameters(double paperWidthMm, double paperHeightMm, String edition, OptionalDouble fontSize,
        OptionalDouble lineHeight, OptionalDouble marginInnerMm, OptionalDouble marginOuterMm,
        Optional<String> bodyFont, Optional<String> headingFont, OptionalInt charactersPerLine,
        OptionalInt linesPerPage, Optional<String> punctuationStyle, Optional<String> runningHeads,
        Optional<String> parentSheet) {

    /** The parameters of a book's typography.properties on the given paper. */
    public static StyleParameters of(double paperWidthMm, double paperHeightMm, String edition, Typography typography) {
        return new StyleParameters(paperWidthMm, paperHeightMm, edition, typography.fontSize(),
                typography.lineHeight(), typography.marginInnerMm(), typography.marginOuterMm(),
                typography.bodyFont(), typography.headingFont(), typography.charactersPerLine(),
                typography.linesPerPage(), typography.punctuationStyle(), typography.runningHeads(),
                typography.parentSheet());
    }

    /** The same parameters for another edition. */
    public StyleParameters withEdition(String name) {
        return new StyleParameters(paperWidthMm, paperHeightMm, name, fontSize, lineHeight, marginInnerMm,
                marginOuterMm, bodyFont, headingFont, charactersPerLine, linesPerPage, punctuationStyle, runningHeads,
                parentSheet);
    }

    /** As Saxon takes them: only the parameters that have a value. */
    public Map<QName, XdmValue> toSaxon() {
        Map<QName, XdmValue> parameters = new LinkedHashMap<>();
        parameters.put(new QName("paper-width-mm"), new XdmAtomicValue(paperWidthMm));
        parameters.put(new QName("paper-height-mm"), new XdmAtomicValue(paperHeightMm));
        parameters.put(new QName("edition"), new XdmAtomicValue(edition));
        put(parameters, "font-size", fontSize);
        put(parameters, "line-height", lineHeight);
        put(parameters, "margin-inner-mm", marginInnerMm);
        put(parameters, "margin-outer-mm", marginOuterMm);
        bodyFont.ifPresent(family -> parameters.put(new QName("body-font"), new XdmAtomicValue(family)));
        headingFont.ifPresent(family -> parameters.put(new QName("heading-font"), new XdmAtomicValue(family)));
        charactersPerLine.ifPresent(n -> parameters.put(new QName("characters-per-line"), new XdmAtomicValue(n)));
        linesPerPage.ifPresent(n -> parameters.put(new QName("lines-per-page"), new XdmAtomicValue(n)));
        punctuationStyle.ifPresent(style -> parameters.put(new QName("punctuation-style"), new XdmAtomicValue(style)));
        runningHeads.ifPresent(heads -> parameters.put(new QName("running-heads"), new XdmAtomicValue(heads)));
        parentSheet.ifPresent(sheet -> parameters.put(new QName("parent-sheet"), new XdmAtomicValue(sheet)));
        return parameters;
    }

    private static void put(Map<QName, XdmValue> parameters, String name, OptionalDouble value) {
        value.ifPresent(number -> parameters.put(new QName(name), new XdmAtomicValue(number)));
    }
}
