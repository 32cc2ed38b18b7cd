package org.mlgate.analysis.report;

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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.mlgate.analysis.InputException;

/**
 * The page and the summary that tie together several evaluations of one build ({@code <evaluations>}): index.html
 * with one card and one row per evaluation (its verdict, headline metric, rules violated, checks failing and warning,
 * a link to its own report) and summary.md, a Markdown table of the same for a CI job summary. Each file is written
 * whole beside its final name and renamed into place.
 */
public final class EvaluationsIndex {
    private static final DateTimeFormatter GENERATED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One evaluation: its id, its report and the folder the report was written to. */
    public record Entry(String id, Report report, Path directory) {
    }

    private final Clock clock;

    public EvaluationsIndex() {
        this(Clock.systemUTC());
    }

    EvaluationsIndex(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes index.html and summary.md into {@code directory}, linking each entry's report relative to it.
     *
     * @return the path of index.html
     */
    public Path write(List<Entry> entries, ProjectInfo project, Path directory) {
        Path folder = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            writeAtomically(folder.resolve(HtmlReportWriter.FILE_NAME), html(entries, project, folder));
            writeAtomically(folder.resolve(MarkdownSummaryWriter.FILE_NAME), markdown(entries, project, folder));
        } catch (IOException e) {
            throw new InputException("Cannot write the index of the evaluations into " + folder + ": " + e
                    + "; set ml.outputDirectory to a writable directory.", e);
        }
        return folder.resolve(HtmlReportWriter.FILE_NAME);
    }

    /** The page as text. */
    String html(List<Entry> entries, ProjectInfo project, Path folder) throws IOException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(EvaluationsIndex.class, HtmlReportWriter.TEMPLATE_PATH);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        Template template = configuration.getTemplate("evaluations.ftlh");
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> projectModel = new LinkedHashMap<>();
        if (project != null) {
            if (project.name() != null) {
                projectModel.put("name", project.name());
            }
            if (project.artifactId() != null) {
                projectModel.put("artifactId", project.artifactId());
            }
        }
        model.put("project", projectModel);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entry entry : entries) {
            rows.add(row(entry, folder));
        }
        model.put("entries", rows);
        long failed = entries.stream().filter(e -> !e.report().passed()).count();
        model.put("failedCount", failed);
        model.put("passed", failed == 0);
        model.put("generatedAt", GENERATED_AT.format(clock.instant()));
        model.put("fmt", (TemplateMethodModelEx) arguments -> {
            if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateNumberModel number)) {
                throw new TemplateModelException("fmt takes one number");
            }
            return NumberText.of(number.getAsNumber().doubleValue());
        });
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("The evaluations index template failed (a bug in mlgate): "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Map<String, Object> row(Entry entry, Path folder) {
        Report report = entry.report();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", entry.id());
        row.put("verdict", report.passed() ? "pass" : "fail");
        row.put("task", report.task());
        if (report.model() != null && report.model().type() != null) {
            String type = report.model().type();
            row.put("model", type.substring(type.lastIndexOf('.') + 1));
        }
        if (report.data() != null) {
            row.put("data", report.data().path());
            row.put("rows", report.data().rows());
        } else {
            row.put("rows", 0L);
        }
        List<HeadlineMetric> headline = HeadlineMetric.of(report);
        if (!headline.isEmpty()) {
            row.put("metric", headline.get(0).name());
            if (headline.get(0).value() != null) {
                row.put("value", headline.get(0).value());
            }
        }
        List<RuleResult> rules = report.rules() == null ? List.of() : report.rules();
        List<CheckResult> checks = report.checks() == null ? List.of() : report.checks();
        row.put("rules", rules.size());
        row.put("rulesViolated", rules.stream().filter(RuleResult::failed).count());
        row.put("checksFailed", checks.stream().filter(c -> "fail".equals(c.status())).count());
        row.put("checksWarning", checks.stream().filter(c -> "warn".equals(c.status())).count());
        row.put("link", link(folder, entry.directory()));
        row.put("failures", failures(report));
        return row;
    }

    /** Every violated rule and failed check of a report, one sentence each. */
    public static List<String> failures(Report report) {
        List<String> out = new ArrayList<>();
        if (report.rules() != null) {
            report.rules().stream().filter(RuleResult::failed)
                    .forEach(rule -> out.add(rule.message() != null ? rule.message() : JunitXmlWriter.ruleName(rule)));
        }
        if (report.checks() != null) {
            report.checks().stream().filter(c -> "fail".equals(c.status()))
                    .forEach(c -> out.add("Check " + c.id() + " fails: " + c.message()));
        }
        return out;
    }

    private static String link(Path folder, Path directory) {
        Path target = directory.toAbsolutePath().normalize().resolve(HtmlReportWriter.FILE_NAME);
        return folder.relativize(target).toString().replace('\\', '/');
    }

    /** The summary as Markdown: a heading with the verdict, then one table row per evaluation. */
    String markdown(List<Entry> entries, ProjectInfo project, Path folder) {
        long failed = entries.stream().filter(e -> !e.report().passed()).count();
        StringBuilder md = new StringBuilder("## mlgate: ").append(failed == 0 ? "PASS" : "FAIL");
        if (project != null && project.displayName() != null) {
            md.append(" \u2014 ").append(MarkdownSummaryWriter.escape(project.displayName()));
        }
        md.append("\n\n**").append(failed == 0 ? "PASS" : "FAIL").append("**: ").append(failed).append(" of ")
                .append(entries.size()).append(" evaluations failed.\n\n");
        md.append("| evaluation | verdict | headline | rules violated | checks failing / warning | report |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Entry entry : entries) {
            Map<String, Object> row = row(entry, folder);
            md.append("| ").append(MarkdownSummaryWriter.code(entry.id())).append(" | ")
                    .append(entry.report().passed() ? "PASS" : "**FAIL**").append(" | ");
            if (row.containsKey("metric")) {
                md.append(MarkdownSummaryWriter.code((String) row.get("metric"))).append(' ')
                        .append(row.containsKey("value") ? NumberText.of((Double) row.get("value")) : "undefined");
            }
            md.append(" | ").append(row.get("rulesViolated")).append(" of ").append(row.get("rules")).append(" | ")
                    .append(row.get("checksFailed")).append(" / ").append(row.get("checksWarning")).append(" | [")
                    .append(HtmlReportWriter.FILE_NAME).append("](").append(row.get("link")).append(") |\n");
        }
        for (Entry entry : entries) {
            List<String> failures = failures(entry.report());
            if (failures.isEmpty()) {
                continue;
            }
            md.append("\n### ").append(MarkdownSummaryWriter.code(entry.id())).append(" failed\n\n");
            failures.forEach(f -> md.append("- ").append(MarkdownSummaryWriter.escape(f)).append('\n'));
        }
        return md.toString();
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path staging = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(staging, text, StandardCharsets.UTF_8);
        try {
            Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
