package org.mlgate.analysis.report;

/**
 * A linear map from data values to SVG pixels, rounded to a tenth of a pixel (enough for any screen, and it keeps
 * the page small). Values outside the domain are clamped to its ends.
 */
record Scale(double domainLow, double domainHigh, double pixelLow, double pixelHigh) {

    /** A scale over [low, high]; an empty or inverted domain is widened so that every value maps somewhere sane. */
    static Scale of(double low, double high, double pixelLow, double pixelHigh) {
        if (!(high > low)) {
            double pad = Math.abs(low) > 0 ? Math.abs(low) * 0.05 : 0.5;
            return new Scale(low - pad, low + pad, pixelLow, pixelHigh);
        }
        return new Scale(low, high, pixelLow, pixelHigh);
    }

    double px(double value) {
        double clamped = Math.max(domainLow, Math.min(domainHigh, value));
        double pixel = pixelLow + (clamped - domainLow) / (domainHigh - domainLow) * (pixelHigh - pixelLow);
        return Math.round(pixel * 10) / 10.0;
    }

    /** True when the value lies outside the domain and {@link #px} drew it at an edge. */
    boolean clamps(double value) {
        return value < domainLow || value > domainHigh;
    }
}
