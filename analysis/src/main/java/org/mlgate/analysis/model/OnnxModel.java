package org.mlgate.analysis.model;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxMap;
import ai.onnxruntime.OnnxSequence;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mlgate.analysis.InputException;
import org.mlgate.analysis.Task;

/**
 * An ONNX model in an ONNX Runtime session, read the way scikit-learn's converters (skl2onnx) and Tribuo write
 * models:
 * <ul>
 *   <li>inputs: either one tensor of shape [N, F] (the features as one vector, whose columns {@code featureColumns}
 *       names in order), or one input per feature of shape [N] or [N, 1] (matched to data columns by name); float,
 *       double, int64, int32 or string;</li>
 *   <li>classification outputs: a label tensor (int64 or string, [N]) and probabilities, either a tensor [N, K] or a
 *       sequence of maps from class to probability (ZipMap); regression: one float or double tensor [N] or [N, 1].</li>
 * </ul>
 * Class names come from {@code labels} (the POM), else from the class labels of the model's classifier or ZipMap
 * operator, else from the metadata key {@code labels}; with {@code labels} and class labels in the model, the i-th
 * name renames the i-th class. The rows of a chunk are one {@code run}; ONNX Runtime sessions run concurrently.
 */
final class OnnxModel implements TabularModel {

    private static final Set<OnnxJavaType> INPUT_TYPES = Set.of(OnnxJavaType.FLOAT, OnnxJavaType.DOUBLE,
            OnnxJavaType.INT64, OnnxJavaType.INT32, OnnxJavaType.STRING);

    private record Input(String name, OnnxJavaType type, long[] shape) {
    }

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final ModelInfo info;
    private final Task task;
    private final List<Input> inputs;
    /** True when the features are the columns of the single input; false when each feature is an input. */
    private final boolean vector;
    private final ModelFeatures features;
    private final List<String> labels;
    /** The model's own class values, in class order, as text (int64 as decimal); null when it has none. */
    private final List<String> classValues;
    private final Map<String, String> nameOfClassValue;
    private final String labelOutput;
    private final String probabilityOutput;
    private final boolean zipMap;
    private final String valueOutput;
    private final Set<String> fetched;
    /** How long one run (one chunk of rows) may take before the watchdog tells ONNX Runtime to stop it. */
    private final java.time.Duration runBudget;
    private final java.util.concurrent.ScheduledExecutorService watchdog;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private OnnxModel(OrtEnvironment environment, OrtSession session, ModelInfo info, Task task, List<Input> inputs,
                      boolean vector, ModelFeatures features, List<String> labels, List<String> classValues,
                      String labelOutput, String probabilityOutput, boolean zipMap, String valueOutput,
                      java.time.Duration runBudget) {
        this.environment = environment;
        this.session = session;
        this.info = info;
        this.task = task;
        this.inputs = inputs;
        this.vector = vector;
        this.features = features;
        this.labels = labels;
        this.classValues = classValues;
        this.nameOfClassValue = new HashMap<>();
        if (classValues != null) {
            for (int c = 0; c < classValues.size(); c++) {
                nameOfClassValue.put(classValues.get(c), labels.get(c));
            }
        }
        this.labelOutput = labelOutput;
        this.probabilityOutput = probabilityOutput;
        this.zipMap = zipMap;
        this.valueOutput = valueOutput;
        Set<String> outputs = new LinkedHashSet<>();
        for (String output : new String[] {labelOutput, probabilityOutput, valueOutput}) {
            if (output != null) {
                outputs.add(output);
            }
        }
        this.fetched = Set.copyOf(outputs);
        this.runBudget = runBudget;
        this.watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mlgate-onnx-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param runBudget how long one run (the rows of one chunk) may take; past it ONNX Runtime is told to stop (a
     *                  graph can loop for as long as its data says)
     */
    static OnnxModel of(OrtEnvironment environment, OrtSession session, OnnxModelInspector.Inspection inspection,
                        ModelInfo info, Task expected, ModelOptions options, List<String> metadataLabels,
                        java.time.Duration runBudget) throws OrtException {
        String file = info.path();
        Map<String, ValueInfo> inputInfo = OnnxModelLoader.infos(session.getInputInfo());
        Map<String, ValueInfo> outputInfo = OnnxModelLoader.infos(session.getOutputInfo());
        List<Input> inputs = new ArrayList<>();
        for (Map.Entry<String, ValueInfo> e : inputInfo.entrySet()) {
            if (!(e.getValue() instanceof TensorInfo tensor) || !INPUT_TYPES.contains(tensor.type)
                    || tensor.getShape().length < 1 || tensor.getShape().length > 2) {
                throw new InputException("The model file " + file + " has the input '" + e.getKey() + "', a "
                        + OnnxModelLoader.describe(e.getValue()) + "; mlgate feeds inputs of shape [N] or [N, F] of "
                        + "float, double, int64, int32 or string, one row per data row.");
            }
            long batch = tensor.getShape()[0];
            if (batch > 1) {
                throw new InputException("The model file " + file + " has the input '" + e.getKey() + "' of a fixed "
                        + batch + " rows (" + OnnxModelLoader.describe(tensor) + "); export it with a dynamic first "
                        + "dimension (None in skl2onnx's initial_types) so that rows can be scored in batches.");
            }
            inputs.add(new Input(e.getKey(), tensor.type, tensor.getShape()));
        }
        boolean vector = inputs.size() == 1 && inputs.get(0).shape.length == 2 && inputs.get(0).shape[1] != 1;
        ModelFeatures features;
        if (vector) {
            Input input = inputs.get(0);
            int count = (int) Math.max(-1, Math.min(Integer.MAX_VALUE, input.shape[1]));
            features = new ModelFeatures(List.of(), count, List.of(kind(input.type)), "its input '" + input.name
                    + "', " + new TensorInfoView(input).info());
        } else {
            List<String> names = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            for (Input input : inputs) {
                if (input.shape.length == 2 && input.shape[1] != 1) {
                    throw new InputException("The model file " + file + " has " + inputs.size() + " inputs, and its "
                            + "input '" + input.name + "' takes " + (input.shape[1] < 0 ? "several" : input.shape[1])
                            + " values a row; mlgate feeds either one input of all the features or one input per "
                            + "feature.");
                }
                names.add(input.name);
                kinds.add(kind(input.type));
            }
            features = new ModelFeatures(names, names.size(), kinds, null);
        }
        Outputs outputs = Outputs.of(outputInfo, inspection.zipMapOutputs());
        Task task = outputs.task(expected, file);
        if (task == Task.REGRESSION) {
            if (!options.labels().isEmpty()) {
                throw new InputException("labels is set, but the model file " + file + " is a regression model (its "
                        + "output '" + outputs.value + "'); remove labels.");
            }
            return new OnnxModel(environment, session, info, task, inputs, vector, features, List.of(), null, null,
                    null, false, outputs.value, runBudget);
        }
        List<String> classValues = classValues(inspection, outputs);
        int classes = classValues != null ? classValues.size() : outputs.probabilityColumns;
        List<String> labels = labels(options.labels(), classValues, classes, metadataLabels, outputs, file);
        return new OnnxModel(environment, session, info, task, inputs, vector, features, labels, classValues,
                outputs.label, outputs.probability, outputs.zipMap, null, runBudget);
    }

    /** The model's class values: those of the operator that writes the probabilities, else the label's. */
    private static List<String> classValues(OnnxModelInspector.Inspection inspection, Outputs outputs) {
        Map<String, List<String>> byOutput = inspection.classLabelsByOutput();
        if (outputs.probability != null && byOutput.containsKey(outputs.probability)) {
            return byOutput.get(outputs.probability);
        }
        if (outputs.label != null && byOutput.containsKey(outputs.label)) {
            return byOutput.get(outputs.label);
        }
        return null;
    }

    private static List<String> labels(List<String> configured, List<String> classValues, int classes,
                                       List<String> metadataLabels, Outputs outputs, String file) {
        List<String> names;
        if (!configured.isEmpty()) {
            names = configured;
        } else if (classValues != null) {
            names = classValues;
        } else if (!metadataLabels.isEmpty()) {
            names = metadataLabels;
        } else if (classes > 0) {
            names = XgboostModel.codes(classes);
        } else if (outputs.probability == null) {
            return List.of(); // a label output alone: the labels are what it predicts
        } else {
            throw new InputException("The model file " + file + " does not say how many classes it has (its "
                    + "probability output '" + outputs.probability + "' has a dynamic width); set labels to its "
                    + "class names, in the order of its probability columns.");
        }
        if (classes > 0 && names.size() != classes) {
            String source = !configured.isEmpty() ? "labels names " : "The model's metadata names ";
            throw new InputException(source + names.size() + " classes, but the model file " + file + " has "
                    + classes + (classValues != null ? " (" + FeatureMapping.shortList(classValues) + ")" : "")
                    + "; list one name per class, in the model's class order.");
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new InputException("The classes of the model file " + file + " are named " + names
                    + ", with a name twice; set labels to one name per class.");
        }
        return List.copyOf(names);
    }

    private static Kind kind(OnnxJavaType type) {
        return switch (type) {
            case FLOAT, DOUBLE -> Kind.NUMBER;
            case INT64, INT32 -> Kind.INTEGER;
            default -> Kind.TEXT;
        };
    }

    /** For messages: an input's declared type and shape. */
    private record TensorInfoView(Input input) {
        String info() {
            return "tensor(" + input.type.toString().toLowerCase(java.util.Locale.ROOT) + ") of shape "
                    + java.util.Arrays.toString(input.shape).replace("-1", "?");
        }
    }

    /** Which of the model's outputs mlgate reads. */
    private static final class Outputs {
        String label;
        String probability;
        boolean zipMap;
        int probabilityColumns = -1;
        String value;
        final Map<String, ValueInfo> all;

        Outputs(Map<String, ValueInfo> all) {
            this.all = all;
        }

        static Outputs of(Map<String, ValueInfo> outputs, List<String> zipMapOutputs) {
            Outputs found = new Outputs(outputs);
            for (Map.Entry<String, ValueInfo> e : outputs.entrySet()) {
                String name = e.getKey();
                ValueInfo info = e.getValue();
                if (info instanceof SequenceInfo sequence && sequence.isSequenceOfMaps()
                        && OnnxModelLoader.isNumber(sequence.mapInfo.valueType)) {
                    if (found.probability == null || !found.zipMap) {
                        found.probability = name;
                        found.zipMap = true;
                        found.probabilityColumns = -1;
                    }
                } else if (info instanceof TensorInfo tensor) {
                    long[] shape = tensor.getShape();
                    boolean column = shape.length == 1 || shape.length == 2 && shape[1] == 1;
                    if ((tensor.type == OnnxJavaType.INT64 || tensor.type == OnnxJavaType.INT32
                            || tensor.type == OnnxJavaType.STRING) && column) {
                        if (found.label == null) {
                            found.label = name;
                        }
                    } else if (OnnxModelLoader.isNumber(tensor.type) && column) {
                        if (found.value == null) {
                            found.value = name;
                        }
                    } else if (OnnxModelLoader.isNumber(tensor.type) && shape.length == 2) {
                        if (found.probability == null) {
                            found.probability = name;
                            found.probabilityColumns = (int) Math.max(-1, shape[1]);
                        }
                    }
                }
            }
            return found;
        }

        Task task(Task expected, String file) {
            boolean classifier = label != null || probability != null;
            if (expected == Task.REGRESSION || expected == null && !classifier) {
                if (value == null) {
                    throw new InputException("The model file " + file + " has no output that mlgate reads as a "
                            + "regression model's prediction (a float or double tensor of shape [N] or [N, 1]); its "
                            + "outputs are " + describe() + ".");
                }
                return Task.REGRESSION;
            }
            if (!classifier) {
                throw new InputException("The model file " + file + " has no output that mlgate reads as a "
                        + "classifier's (a label tensor of int64 or string, or probabilities as a tensor [N, K] or a "
                        + "sequence of maps); its outputs are " + describe() + ".");
            }
            return Task.CLASSIFICATION;
        }

        private String describe() {
            List<String> parts = new ArrayList<>();
            all.forEach((name, info) -> parts.add("'" + name + "' (" + OnnxModelLoader.describe(info) + ")"));
            return parts.isEmpty() ? "none" : String.join(", ", parts);
        }
    }

    @Override
    public Task task() {
        return task;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public ModelFeatures features() {
        return features;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public boolean probabilities() {
        return probabilityOutput != null;
    }

    @Override
    public String missingValues() {
        return "given to the model as NaN (its imputer, if it has one, decides)";
    }

    @Override
    public Predictions predict(FeatureBatch batch) {
        Map<String, OnnxTensor> feed = new LinkedHashMap<>();
        try {
            if (vector) {
                Input input = inputs.get(0);
                feed.put(input.name, tensor(input, batch, 0, batch.numbers().length));
            } else {
                for (int f = 0; f < inputs.size(); f++) {
                    feed.put(inputs.get(f).name, tensor(inputs.get(f), batch, f, 1));
                }
            }
            try (OrtSession.Result result = run(feed, batch.rows())) {
                return task == Task.REGRESSION ? new Predictions(null, null, values(result, batch.rows()))
                        : new Predictions(labelOutput == null ? null : predictedLabels(result, batch.rows()),
                        probabilityOutput == null ? null : probabilities(result, batch.rows()), null);
            }
        } catch (OrtException e) {
            throw new InputException("ONNX Runtime could not score rows with the model " + info.path() + " ("
                    + OnnxModelLoader.oneLine(e.getMessage()) + ").", e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * One run within {@link #runBudget}: a watchdog sets the run's terminate flag when the budget is spent, and ONNX
     * Runtime stops between operators (and between iterations of a Loop). The flag is never set once the run has
     * ended, so the run options are not used after they are closed.
     */
    private OrtSession.Result run(Map<String, OnnxTensor> feed, int rows) throws OrtException {
        try (OrtSession.RunOptions options = new OrtSession.RunOptions()) {
            boolean[] state = new boolean[2]; // [0]: the run has ended; [1]: the watchdog stopped it
            java.util.concurrent.ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                synchronized (state) {
                    if (!state[0]) {
                        try {
                            options.setTerminate(true);
                            state[1] = true;
                        } catch (OrtException e) {
                            // the run cannot be stopped; it ends on its own
                        }
                    }
                }
            }, runBudget.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
            try {
                return session.run(feed, fetched, options);
            } catch (OrtException e) {
                synchronized (state) {
                    if (state[1]) {
                        throw new InputException("The model " + info.path() + " took more than "
                                + runBudget.toSeconds() + " seconds to score " + rows + (rows == 1 ? " row" : " rows")
                                + ", so mlgate stopped it; only use model files from a trusted source, or evaluate a "
                                + "predictions file instead.", e);
                    }
                }
                throw e;
            } finally {
                alarm.cancel(false);
                synchronized (state) {
                    state[0] = true;
                }
            }
        }
    }

    /** The input tensor of {@code width} features from {@code first} on, row by row. */
    private OnnxTensor tensor(Input input, FeatureBatch batch, int first, int width) throws OrtException {
        int rows = batch.rows();
        long[] shape = input.shape.length == 1 ? new long[] {rows} : new long[] {rows, width};
        double[][] numbers = batch.numbers();
        switch (input.type) {
            case FLOAT -> {
                FloatBuffer buffer = FloatBuffer.allocate(rows * width);
                for (int r = 0; r < rows; r++) {
                    for (int f = first; f < first + width; f++) {
                        buffer.put((float) numbers[f][r]);
                    }
                }
                return OnnxTensor.createTensor(environment, buffer.rewind(), shape);
            }
            case DOUBLE -> {
                DoubleBuffer buffer = DoubleBuffer.allocate(rows * width);
                for (int r = 0; r < rows; r++) {
                    for (int f = first; f < first + width; f++) {
                        buffer.put(numbers[f][r]);
                    }
                }
                return OnnxTensor.createTensor(environment, buffer.rewind(), shape);
            }
            case INT64 -> {
                LongBuffer buffer = LongBuffer.allocate(rows * width);
                for (int r = 0; r < rows; r++) {
                    for (int f = first; f < first + width; f++) {
                        buffer.put((long) numbers[f][r]);
                    }
                }
                return OnnxTensor.createTensor(environment, buffer.rewind(), shape);
            }
            case INT32 -> {
                IntBuffer buffer = IntBuffer.allocate(rows * width);
                for (int r = 0; r < rows; r++) {
                    for (int f = first; f < first + width; f++) {
                        buffer.put((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, numbers[f][r])));
                    }
                }
                return OnnxTensor.createTensor(environment, buffer.rewind(), shape);
            }
            default -> {
                String[] texts = new String[rows * width];
                for (int r = 0; r < rows; r++) {
                    for (int f = first; f < first + width; f++) {
                        texts[r * width + f - first] = batch.texts()[f][r];
                    }
                }
                return OnnxTensor.createTensor(environment, texts, shape);
            }
        }
    }

    private OnnxValue output(OrtSession.Result result, String name) {
        return result.get(name).orElseThrow(() -> new InputException("ONNX Runtime gave no output '" + name
                + "' for the model " + info.path() + "."));
    }

    private double[] values(OrtSession.Result result, int rows) {
        double[] values = column(output(result, valueOutput), rows, valueOutput);
        return values;
    }

    private double[] column(OnnxValue value, int rows, String name) {
        if (!(value instanceof OnnxTensor tensor) || tensor.getInfo().getNumElements() != rows) {
            throw new InputException("The model " + info.path() + " gave its output '" + name + "' "
                    + (value instanceof OnnxTensor t ? t.getInfo().getNumElements() + " values" : "in another form")
                    + " for " + rows + " rows; mlgate reads one value per row.");
        }
        double[] out = new double[rows];
        if (tensor.getInfo().type == OnnxJavaType.FLOAT) {
            FloatBuffer buffer = tensor.getFloatBuffer();
            for (int r = 0; r < rows; r++) {
                out[r] = buffer.get(r);
            }
        } else {
            DoubleBuffer buffer = tensor.getDoubleBuffer();
            for (int r = 0; r < rows; r++) {
                out[r] = buffer.get(r);
            }
        }
        return out;
    }

    private String[] predictedLabels(OrtSession.Result result, int rows) throws OrtException {
        OnnxValue value = output(result, labelOutput);
        if (!(value instanceof OnnxTensor tensor) || tensor.getInfo().getNumElements() != rows) {
            throw new InputException("The model " + info.path() + " gave its label output '" + labelOutput
                    + "' in another shape than one label per row.");
        }
        String[] out = new String[rows];
        OnnxJavaType type = tensor.getInfo().type;
        if (type == OnnxJavaType.STRING) {
            Object array = tensor.getValue();
            String[] texts = array instanceof String[][] matrix ? flat(matrix) : (String[]) array;
            for (int r = 0; r < rows; r++) {
                out[r] = name(texts[r]);
            }
        } else if (type == OnnxJavaType.INT64) {
            LongBuffer buffer = tensor.getLongBuffer();
            for (int r = 0; r < rows; r++) {
                out[r] = codeName(buffer.get(r));
            }
        } else {
            IntBuffer buffer = tensor.getIntBuffer();
            for (int r = 0; r < rows; r++) {
                out[r] = codeName(buffer.get(r));
            }
        }
        return out;
    }

    /** The labels of [N, 1] or [1, N] in row order. */
    private static String[] flat(String[][] matrix) {
        return java.util.Arrays.stream(matrix).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    /** A predicted class value as its name: renamed when the model has class values, else as it is. */
    private String name(String value) {
        return nameOfClassValue.getOrDefault(value, value);
    }

    /** An integer label: a class value when the model has them, else an index into the names. */
    private String codeName(long code) {
        if (classValues != null) {
            return name(Long.toString(code));
        }
        return code >= 0 && code < labels.size() ? labels.get((int) code) : Long.toString(code);
    }

    private double[][] probabilities(OrtSession.Result result, int rows) throws OrtException {
        OnnxValue value = output(result, probabilityOutput);
        int k = labels.size();
        double[][] out = new double[rows][k];
        if (zipMap) {
            if (!(value instanceof OnnxSequence sequence)) {
                throw new InputException("The model " + info.path() + " gave its probability output '"
                        + probabilityOutput + "' as something other than a sequence of maps.");
            }
            List<? extends OnnxValue> maps = sequence.getValue();
            if (maps.size() != rows) {
                throw new InputException("The model " + info.path() + " gave " + maps.size() + " probability maps "
                        + "for " + rows + " rows.");
            }
            List<String> keys = classValues != null ? classValues : labels;
            for (int r = 0; r < rows; r++) {
                Map<?, ?> map = ((OnnxMap) maps.get(r)).getValue();
                Map<String, Number> byKey = new HashMap<>();
                map.forEach((key, p) -> byKey.put(String.valueOf(key), (Number) p));
                for (int c = 0; c < k; c++) {
                    Number p = byKey.get(keys.get(c));
                    out[r][c] = p == null ? Double.NaN : p.doubleValue();
                }
            }
            return out;
        }
        if (!(value instanceof OnnxTensor tensor) || tensor.getInfo().getNumElements() != (long) rows * k) {
            throw new InputException("The model " + info.path() + " gave its probability output '" + probabilityOutput
                    + "' in another shape than " + k + " probabilities per row (one per class of " + labels + ").");
        }
        if (tensor.getInfo().type == OnnxJavaType.FLOAT) {
            FloatBuffer buffer = tensor.getFloatBuffer();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < k; c++) {
                    out[r][c] = buffer.get(r * k + c);
                }
            }
        } else {
            DoubleBuffer buffer = tensor.getDoubleBuffer();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < k; c++) {
                    out[r][c] = buffer.get(r * k + c);
                }
            }
        }
        return out;
    }

    /** Idempotent: the session's native memory is released once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        watchdog.shutdownNow();
        try {
            session.close();
        } catch (OrtException e) {
            // the session's native memory is released with the process anyway
        }
    }
}
