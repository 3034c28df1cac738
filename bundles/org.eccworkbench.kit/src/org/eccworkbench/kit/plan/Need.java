package org.eccworkbench.kit.plan;

/** A quantity of one item a case (or the emergency kit) needs, and why. */
public record Need(String itemId, double quantity, String reason) {
}
