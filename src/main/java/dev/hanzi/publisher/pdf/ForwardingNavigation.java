package dev.hanzi.publisher.pdf;

import org.apache.fop.render.intermediate.IFDocumentNavigationHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.extensions.AbstractAction;
import org.apache.fop.render.intermediate.extensions.BookmarkTree;
import org.apache.fop.render.intermediate.extensions.Link;
import org.apache.fop.render.intermediate.extensions.NamedDestination;

/**
 * FOP's document navigation passed on as it is, for a handler that changes one part of it (how
 * a link is rendered): the handlers in front of FOP's PDF handler each wrap the one behind.
 */
abstract class ForwardingNavigation implements IFDocumentNavigationHandler {
    /** The handler behind this one. */
    protected final IFDocumentNavigationHandler next;

    ForwardingNavigation(IFDocumentNavigationHandler next) {
        this.next = next;
    }

    @Override
    public void renderNamedDestination(NamedDestination destination) throws IFException {
        next.renderNamedDestination(destination);
    }

    @Override
    public void renderBookmarkTree(BookmarkTree tree) throws IFException {
        next.renderBookmarkTree(tree);
    }

    @Override
    public void renderLink(Link link) throws IFException {
        next.renderLink(link);
    }

    @Override
    public void addResolvedAction(AbstractAction action) throws IFException {
        next.addResolvedAction(action);
    }

    @Override
    public int getPageIndex() {
        return next.getPageIndex();
    }
}
