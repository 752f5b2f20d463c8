package dev.talkshelf.ui.dashboard;

import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.TopicProgress;
import dev.talkshelf.model.WeekHours;
import dev.talkshelf.ui.dashboard.DashboardViewModel.Figures;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Charts of the learner's progress. Only builds nodes from {@link Figures}; counting is the services' job. */
public final class DashboardView {
    private final ScrollPane root = new ScrollPane();
    private final HBox totals = new HBox(12);
    private final StackedBarChart<String, Number> topics;
    private final BarChart<String, Number> weeks;
    private final VBox playlists = new VBox(10);

    public DashboardView(DashboardViewModel model) {
        CategoryAxis topicAxis = new CategoryAxis();
        NumberAxis topicCount = new NumberAxis();
        topicCount.setLabel("talks");
        topicCount.setMinorTickVisible(false);
        topics = new StackedBarChart<>(topicAxis, topicCount);
        topics.setId("topic-chart");
        topics.setAnimated(false);
        topics.setLegendVisible(true);
        topics.setCategoryGap(14);
        topics.setPrefHeight(300);

        CategoryAxis weekAxis = new CategoryAxis();
        NumberAxis hours = new NumberAxis();
        hours.setLabel("hours");
        hours.setMinorTickVisible(false);
        weeks = new BarChart<>(weekAxis, hours);
        weeks.setId("week-chart");
        weeks.setAnimated(false);
        weeks.setLegendVisible(false);
        weeks.setCategoryGap(6);
        weeks.setPrefHeight(280);
        weekAxis.setTickLabelRotation(-45);

        playlists.setId("playlist-bars");
        totals.setId("dashboard-totals");

        Label title = new Label("Your progress");
        title.getStyleClass().add("title-2");
        VBox content = new VBox(16, title, totals,
                card("Watched per topic", topics),
                new HBox(16, grow(card("Hours watched per week", weeks)), playlistCard()));
        content.setPadding(new Insets(16, 20, 20, 20));
        content.getStyleClass().add("dashboard");
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("dashboard");
        root.getStyleClass().add("dashboard-scroll");

        model.figuresProperty().addListener((obs, old, f) -> {
            if (f != null) {
                show(f);
            }
        });
        if (model.figuresProperty().get() != null) {
            show(model.figuresProperty().get());
        }
    }

    private Node playlistCard() {
        VBox card = card("Playlists", playlists);
        card.setMinWidth(340);
        card.setPrefWidth(360);
        return card;
    }

    private static Node grow(Node n) {
        HBox.setHgrow(n, Priority.ALWAYS);
        return n;
    }

    private static VBox card(String caption, Node body) {
        Label label = new Label(caption);
        label.getStyleClass().add("title-4");
        VBox card = new VBox(8, label, body);
        card.getStyleClass().add("dashboard-card");
        card.setPadding(new Insets(12, 14, 12, 14));
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private void show(Figures f) {
        totals.getChildren().setAll(
                figure("total-talks", String.format("%,d", f.totals().talks()), "talks"),
                figure("total-watched", String.format("%,d", f.totals().watched()), "watched"),
                figure("total-hours-watched", DashboardViewModel.hours(f.watchedTime()), "watched so far"),
                figure("total-hours-left", DashboardViewModel.timeLeft(f.totals()), "left to watch"));

        XYChart.Series<String, Number> watched = new XYChart.Series<>();
        watched.setName("Watched");
        XYChart.Series<String, Number> unwatched = new XYChart.Series<>();
        unwatched.setName("Not yet");
        for (TopicProgress t : f.topics()) {
            watched.getData().add(new XYChart.Data<>(t.topic(), t.watched()));
            unwatched.getData().add(new XYChart.Data<>(t.topic(), t.unwatched()));
        }
        topics.getData().setAll(List.of(watched, unwatched));

        XYChart.Series<String, Number> perWeek = new XYChart.Series<>();
        perWeek.setName("Hours");
        for (WeekHours w : f.weeks()) {
            perWeek.getData().add(new XYChart.Data<>(DashboardViewModel.weekLabel(w), Math.round(w.hours() * 10) / 10.0));
        }
        weeks.getData().setAll(List.of(perWeek));

        playlists.getChildren().clear();
        if (f.playlists().isEmpty()) {
            Label none = new Label("No playlists yet. Make one with Ctrl+N, then drag talks onto it.");
            none.getStyleClass().add("text-muted");
            playlists.getChildren().add(none);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setMaxWidth(Double.MAX_VALUE);
        ColumnConstraints name = new ColumnConstraints();
        name.setMaxWidth(150);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(60);
        ColumnConstraints figures = new ColumnConstraints();
        figures.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, bar, figures);
        int row = 0;
        for (PlaylistSummary p : f.playlists()) {
            Label label = new Label(p.playlist().name());
            label.setMinWidth(0);
            ProgressBar progress = new ProgressBar(DashboardViewModel.fraction(p));
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.getStyleClass().add("playlist-progress");
            progress.setId("dashboard-playlist-" + row);
            Label text = new Label(DashboardViewModel.playlistLine(p));
            text.getStyleClass().addAll("text-muted", "numeric");
            grid.addRow(row++, label, progress, text);
        }
        if (row > 0) {
            playlists.getChildren().add(grid);
        }
    }

    private static Node figure(String id, String value, String caption) {
        Label number = new Label(value);
        number.setId(id);
        number.getStyleClass().add("figure-value");
        Label text = new Label(caption.toUpperCase(Locale.ROOT));
        text.getStyleClass().add("card-caption");
        VBox box = new VBox(2, number, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("figure-card");
        box.setPadding(new Insets(12, 18, 12, 18));
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    public ScrollPane root() {
        return root;
    }
}
