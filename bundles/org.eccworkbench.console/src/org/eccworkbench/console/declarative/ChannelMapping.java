package org.eccworkbench.console.declarative;

import org.eccworkbench.console.ChannelSpec;

/** Which field of a frame holds which channel: {@code field} in the line, {@code channel} reported. */
public record ChannelMapping(String field, ChannelSpec channel, String module) {
}
