package org.mlgate.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.mlgate.analysis.InputException;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs the job that counts every partition and hands the partitions' states to the driver in partition order, each
 * as soon as those before it have come: the driver merges while the executors still count, and holds only the states
 * that came early, not all of them. Why not {@code treeAggregate}: it merges in whatever order the tasks finish, on
 * executors, while duplicates ("repeats an earlier row"), ordered columns and the per-row arrays that slices and exact
 * AUC read by position need the rows' order; a merge in order on the driver keeps the one pass's result exactly.
 */
final class OrderedMerge {

    private OrderedMerge() {
    }

    /** Runs the job over {@code states} (one per partition) and calls {@code merge(partition, state)} in order. */
    static void run(JavaRDD<byte[]> states, BiConsumer<Integer, byte[]> merge) {
        int partitions = states.getNumPartitions();
        BlockingQueue<Object[]> arrived = new LinkedBlockingQueue<>();
        SparkContext spark = states.context();
        SimpleFutureAction<Void> job = spark.submitJob(states.rdd(), new Single(),
                CollectionConverters.asScala(IntStream.range(0, partitions).boxed().map(i -> (Object) i).toList())
                        .toSeq(),
                new AbstractFunction2<Object, byte[], BoxedUnit>() {
                    @Override
                    public BoxedUnit apply(Object partition, byte[] state) {
                        arrived.add(new Object[] {partition, state}); // the scheduler's thread: only hand it over
                        return BoxedUnit.UNIT;
                    }
                },
                new AbstractFunction0<Void>() {
                    @Override
                    public Void apply() {
                        return null;
                    }
                });
        Map<Integer, byte[]> early = new HashMap<>();
        try {
            for (int next = 0; next < partitions; ) {
                Object[] item = arrived.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (item == null) {
                    if (job.isCompleted()) {
                        waitFor(job); // a failed job throws here; a finished one has handed over everything
                    }
                    continue;
                }
                early.put((Integer) item[0], (byte[]) item[1]);
                for (byte[] state = early.remove(next); state != null; state = early.remove(next)) {
                    merge.accept(next, state);
                    next++;
                }
            }
            waitFor(job);
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The evaluation was interrupted.", e);
        } catch (RuntimeException e) {
            job.cancel();
            throw e;
        }
    }

    private static void waitFor(SimpleFutureAction<Void> job) throws InterruptedException {
        try {
            job.get(); // declared by Scala to throw SparkException, which Java checks
        } catch (Exception e) {
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InputException input) {
                throw input;
            }
            throw new InputException("The Spark job that counts the partitions failed: " + cause.getMessage(), cause);
        }
    }

    /** A partition's only element: its state. */
    private static final class Single extends AbstractFunction1<Iterator<byte[]>, byte[]> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] apply(Iterator<byte[]> states) {
            return states.next();
        }
    }
}
