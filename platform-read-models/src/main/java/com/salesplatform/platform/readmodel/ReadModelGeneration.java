package com.salesplatform.platform.readmodel;

/**
 * One generation of a service's read models: the schema holding its tables and the suffix of its consumer groups.
 *
 * @param number increases with every rebuild
 */
public record ReadModelGeneration(int number) {

    public ReadModelGeneration {
        if (number < 1) {
            throw new IllegalArgumentException("Generations are numbered from 1: " + number);
        }
    }

    public String schema() {
        return "read_model_g" + number;
    }

    public String groupSuffix() {
        return ".g" + number;
    }
}
