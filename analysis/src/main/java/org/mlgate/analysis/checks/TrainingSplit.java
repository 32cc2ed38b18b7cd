package org.mlgate.analysis.checks;

import java.util.BitSet;
import java.util.Random;

/**
 * A train/test split of the training file as Tribuo's {@code TrainTestSplitter} records it in the provenance.
 *
 * @param seed            the splitter's seed
 * @param trainProportion the share of rows in the train part
 * @param size            rows in the file as the data source read them
 * @param modelSawTrainPart true when the model was trained on the train part (the usual case), false when on the
 *                        test part
 */
public record TrainingSplit(long seed, double trainProportion, int size, boolean modelSawTrainPart) {

    /**
     * The 0-based positions of the rows the model was trained on. Reproduces {@code TrainTestSplitter}: it shuffles
     * the examples with {@code Collections.shuffle(list, new Random(seed))} and takes the first
     * {@code (int) (trainProportion * size)} as the train part. Costs 4 bytes per row while it runs.
     */
    public BitSet modelRows() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // The same swaps as Collections.shuffle on a RandomAccess list.
        Random random = new Random(seed);
        for (int i = size; i > 1; i--) {
            int j = random.nextInt(i);
            int tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        int trainSize = (int) (trainProportion * size);
        BitSet rows = new BitSet(size);
        int from = modelSawTrainPart ? 0 : trainSize;
        int to = modelSawTrainPart ? trainSize : size;
        for (int i = from; i < to; i++) {
            rows.set(order[i]);
        }
        return rows;
    }
}
