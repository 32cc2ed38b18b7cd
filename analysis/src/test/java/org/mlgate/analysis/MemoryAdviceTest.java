package org.mlgate.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlgate.analysis.model.SourceRequest;

class MemoryAdviceTest {

    @Test
    void theSentenceNamesWhatGrowsAndWhatToChange() {
        EvaluationRequest request = EvaluationRequest.of(SourceRequest.forPredictions(Path.of("p.csv")), List.of())
                .withSliceColumns(List.of("region", "age")).withThreads(2);
        String sentence = new MemoryAdvice(request).sentence();
        assertTrue(sentence.startsWith("mlgate ran out of memory ("), sentence);
        assertTrue(sentence.contains("slice fewer columns (sliceColumns)"), sentence);
        assertTrue(sentence.contains("use fewer threads (ml.threads=1"), sentence);
        assertTrue(sentence.endsWith("or evaluate a sample of the rows."), sentence);
    }
}
