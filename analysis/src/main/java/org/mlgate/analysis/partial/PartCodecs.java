package org.mlgate.analysis.partial;

import java.util.List;
import org.mlgate.analysis.RowConsumers;

/**
 * The codec of every part of {@link RowConsumers}, in the order of its {@link RowConsumers#parts()}: a state holds
 * one section per part, so a part without a codec cannot be written (and a test fails first).
 */
final class PartCodecs {
    static final List<PartCodec<?>> ALL = List.of(new MetricsCodec(), new ErrorsCodec(), new ChecksCodec(),
            new SlicesCodec(), new SampleCodec());

    private PartCodecs() {
    }

    /** The codec of a part's class. */
    @SuppressWarnings("unchecked")
    static <T> PartCodec<T> of(Class<T> type) {
        for (PartCodec<?> codec : ALL) {
            if (codec.type() == type) {
                return (PartCodec<T>) codec;
            }
        }
        throw new IllegalStateException("no partial-state codec for " + type.getName()
                + ": add one to PartCodecs before RowConsumers counts with it");
    }

    /** The part of {@code consumers} of the given class. */
    static <T> T part(RowConsumers consumers, Class<T> type) {
        for (Object part : consumers.parts()) {
            if (type.isInstance(part)) {
                return type.cast(part);
            }
        }
        throw new IllegalStateException("RowConsumers has no part " + type.getName());
    }

    /** Writes every part of {@code consumers}, each in its section. */
    static void write(RowConsumers consumers, StateOutput out, PartContext context) {
        for (Object part : consumers.parts()) {
            writePart(part, out, context);
        }
    }

    private static <T> void writePart(T part, StateOutput out, PartContext context) {
        @SuppressWarnings("unchecked")
        PartCodec<T> codec = (PartCodec<T>) of(part.getClass());
        StateOutput section = new StateOutput();
        codec.write(part, section, context);
        out.writeSection(codec.section(), section);
    }

    /** Reads every part into {@code target}, which has counted nothing, each from its section. */
    static void read(StateInput in, RowConsumers target, PartContext context) {
        for (Object part : target.parts()) {
            readPart(in, part, context);
        }
    }

    private static <T> void readPart(StateInput in, T part, PartContext context) {
        @SuppressWarnings("unchecked")
        PartCodec<T> codec = (PartCodec<T>) of(part.getClass());
        StateInput section = in.section(codec.section());
        codec.read(section, part, context);
        section.end();
    }
}
