package org.lambeth.livingwell.openreferral;

/** The {@code proximity} parameter: a distance in metres from the postcode's centroid. */
final class Proximity {

    /** Used when a postcode comes without a proximity. */
    static final double DEFAULT_METRES = 5_000;
    static final double MAX_METRES = 50_000;

    private Proximity() {
    }

    static double metres(String text) {
        if (text == null) {
            return DEFAULT_METRES;
        }
        double metres;
        try {
            metres = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("proximity", text, "must be a distance in metres");
        }
        if (!Double.isFinite(metres) || metres <= 0 || metres > MAX_METRES) {
            throw new BadParameterException("proximity", text,
                    "must be more than 0 and at most " + (long) MAX_METRES + " metres");
        }
        return metres;
    }
}
