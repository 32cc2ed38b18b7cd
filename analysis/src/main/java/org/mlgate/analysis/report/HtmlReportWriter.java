package org.mlgate.analysis.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.DoubleFunction;

/**
 * Writes index.html from the FreeMarker template {@code index.ftlh} of the mlgate-report-templates jar.
 *
 * <p>The data model is the report converted to plain maps and lists with the report.json mapper, so the template
 * reads exactly report.json's keys; beside it are a few presentation helpers ({@code generatedAt},
 * {@code headline}, {@code errorView} (the typed error analysis), {@code sliceTable}, {@code checkViews}, the
 * chart layouts {@code classCharts}, {@code confusionView}, {@code regressionCharts}, {@code sliceForest} and
 * {@code diagnosticsCharts} (each
 * absent when the report has nothing to draw), {@code fmt} and {@code fmtP} (p- and q-values)). The file stands
 * alone: the stylesheet is inlined and nothing is fetched from the network, so it still works when a CI server
 * archives it.
 */
public final class HtmlReportWriter implements ReportFileWriter {

    public static final String FILE_NAME = "index.html";

    static final String TEMPLATE_PATH = "/org/mlgate/report/templates/";

    private static final DateTimeFormatter GENERATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Configuration configuration;
    private final String templateName;
    private final Clock clock;
    private final ObjectMapper mapper = ReportJson.mapper();

    /** Writes with the product template, stamping the current time. */
    public HtmlReportWriter() {
        this(Clock.systemUTC());
    }

    /** Writes with the product template, stamping the time of {@code clock}. */
    public HtmlReportWriter(Clock clock) {
        this(clock, "index.ftlh");
    }

    /** For tests: another template of the same directory. */
    HtmlReportWriter(Clock clock, String templateName) {
        this.clock = clock;
        this.templateName = templateName;
        this.configuration = configuration();
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(HtmlReportWriter.class, TEMPLATE_PATH);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        // A template error is a bug in mlgate: fail loudly rather than print a half-page with an error in it.
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Numbers are shown through fmt(); anything printed raw is for machines (SVG coordinates, widths).
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        return configuration;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** Parses the templates into FreeMarker's cache, where {@link #render} finds them. */
    @Override
    public void warmUp() {
        try {
            configuration.getTemplate(templateName);
            configuration.getTemplate("charts.ftlh");
        } catch (IOException e) {
            // render() reports it, on the thread that can act on it
        }
    }

    @Override
    public void write(Report report, Path file) throws IOException {
        String html = render(report);
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** The page as text. */
    public String render(Report report) throws IOException {
        Template template = configuration.getTemplate(templateName);
        StringWriter out = new StringWriter();
        try {
            template.process(dataModel(report), out);
        } catch (TemplateException e) {
            throw new IllegalStateException("The HTML report template failed (a bug in mlgate): " + e.getMessage(), e);
        }
        return out.toString();
    }

    private Map<String, Object> dataModel(Report report) {
        @SuppressWarnings("unchecked")
        Map<String, Object> model = new LinkedHashMap<>(mapper.convertValue(report, Map.class));
        model.put("generatedAt", GENERATED_AT.format(clock.instant()));
        model.put("headline", mapper.convertValue(HeadlineMetric.of(report), List.class));
        ErrorAnalysisView errors = ErrorAnalysisView.of(report.task(), report.errors());
        if (errors != null) {
            model.put("errorView", mapper.convertValue(errors, Map.class));
        }
        SliceTable slices = SliceTable.of(report, errors);
        if (slices != null) {
            model.put("sliceTable", mapper.convertValue(slices, Map.class));
        }
        model.put("checkViews", mapper.convertValue(CheckView.of(report.checks()), List.class));
        putView(model, "classCharts", ClassCharts.of(report));
        putView(model, "confusionView", ConfusionView.of(report.confusionMatrix()));
        putView(model, "regressionCharts", RegressionCharts.of(report));
        putView(model, "sliceForest", SliceForest.of(slices));
        putView(model, "clusterTable", ClusterTableView.of(report));
        putView(model, "labelErrorView", LabelErrorsView.of(report));
        putView(model, "diagnosticsCharts", DiagnosticsCharts.of(report));
        model.put("fmt", new FormatNumber(NumberText::of));
        model.put("fmtP", new FormatNumber(PValueText::of));
        return model;
    }

    /** A view as plain maps under {@code key}; nothing when the report has no such part. */
    private void putView(Map<String, Object> model, String key, Object view) {
        if (view != null) {
            model.put(key, mapper.convertValue(view, Map.class));
        }
    }

    /** {@code fmt(x)} in the template: a number as people read it (see {@link NumberText}); {@code fmtP} likewise. */
    private static final class FormatNumber implements TemplateMethodModelEx {
        private final DoubleFunction<String> format;

        FormatNumber(DoubleFunction<String> format) {
            this.format = format;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateNumberModel number)) {
                throw new TemplateModelException("fmt takes one number");
            }
            return format.apply(number.getAsNumber().doubleValue());
        }
    }
}
