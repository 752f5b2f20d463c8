package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.shared.Tips;
import javafx.scene.control.TableCell;

/**
 * A cell of the talk table. Its tooltip is the table's one shared tooltip, given the cell's text when the pointer
 * comes in: a tooltip of its own per cell is a popup window per cell. The shared one is made at the first hover, not
 * with the table.
 */
abstract class TipCell extends TableCell<LazyRow, TalkRow> {
    private final Tips.Shared sharedTip;

    TipCell(Tips.Shared sharedTip) {
        this.sharedTip = sharedTip;
        setOnMouseEntered(e -> offerTip());
    }

    @Override
    protected final void updateItem(TalkRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty && getIndex() < 0) {
            // Parked by the table (it does this to every row when the number of matches changes, just before
            // giving them their rows again): clearing now would only make the next row's content a change.
            return;
        }
        if (!empty && row == null && getTableRow() != null && getTableRow().getItem() != null) {
            getTableRow().getItem().request(); // this line's talk was cleared by a new search; fetch its page
        }
        if (empty || row == null) {
            showNothing(empty);
        } else {
            show(row);
        }
        if (isHover()) {
            offerTip();
        } else if (getTooltip() != null) {
            setTooltip(null);
        }
    }

    private void offerTip() {
        String tip = tip();
        if (tip != null) {
            sharedTip.get().setText(tip);
        }
        setTooltip(tip != null ? sharedTip.get() : null);
    }

    /** Shows an empty line ({@code empty}) or a line whose talk is on its way. */
    abstract void showNothing(boolean empty);

    abstract void show(TalkRow row);

    /** The text of the tooltip for what the cell shows now, or null for none. */
    abstract String tip();
}
