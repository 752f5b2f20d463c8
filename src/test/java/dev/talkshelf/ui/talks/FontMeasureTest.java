package dev.talkshelf.ui.talks;

import static dev.talkshelf.ui.FxWait.onFxThread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class FontMeasureTest {
    @Test
    void charactersMeasuredTogetherHaveTheAdvancesTheyHaveAlone() throws Exception {
        List<String> wrong = onFxThread(() -> {
            List<String> differ = new ArrayList<>();
            for (Font font : List.of(Font.font(13), Font.font(null, FontWeight.BOLD, 14), Font.font(11), Font.font(null, FontWeight.BOLD, 18))) {
                FontMeasure measure = FontMeasure.of(font);
                FontMeasure.COMMON.codePoints().forEach(c -> {
                    double together = measure.advance(c);
                    double alone = measure.advanceAlone(c);
                    if (Math.abs(together - alone) > 0.01) {
                        differ.add(font + " '" + Character.toString(c) + "': " + together + " together, " + alone + " alone");
                    }
                });
            }
            return differ;
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void aTitleMeasuresAsTheSumOfItsCharacters() throws Exception {
        double[] widths = onFxThread(() -> {
            FontMeasure measure = FontMeasure.of(Font.font(null, FontWeight.BOLD, 13));
            String title = "Łukasz Langa · PyCon 2019 · 45 min — Type hints, “why”";
            double sum = title.codePoints().mapToDouble(measure::advanceAlone).sum();
            return new double[] {measure.width(title), sum};
        });
        assertEquals(widths[1], widths[0], 0.05);
    }
}
