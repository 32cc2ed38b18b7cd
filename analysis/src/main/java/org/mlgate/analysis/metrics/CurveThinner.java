package org.mlgate.analysis.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Reduces a curve to at most a given number of points for the report while keeping its shape: points are taken at
 * equal steps of length along the curve (so steep and flat stretches are both sampled), and both ends are kept.
 */
final class CurveThinner {
    private CurveThinner() {
    }

    static List<CurvePoint> thin(List<CurvePoint> points, int maxPoints) {
        if (points.size() <= maxPoints) {
            return List.copyOf(points);
        }
        double[] length = new double[points.size()];
        for (int i = 1; i < points.size(); i++) {
            CurvePoint a = points.get(i - 1);
            CurvePoint b = points.get(i);
            length[i] = length[i - 1] + Math.hypot(b.x() - a.x(), b.y() - a.y());
        }
        double total = length[length.length - 1];
        List<CurvePoint> kept = new ArrayList<>(maxPoints);
        kept.add(points.get(0));
        int last = 0;
        for (int step = 1; step < maxPoints - 1; step++) {
            double target = total * step / (maxPoints - 1);
            int i = last + 1;
            while (i < points.size() - 1 && length[i] < target) {
                i++;
            }
            if (i < points.size() - 1 && i > last) {
                kept.add(points.get(i));
                last = i;
            }
        }
        kept.add(points.get(points.size() - 1));
        return List.copyOf(kept);
    }
}
