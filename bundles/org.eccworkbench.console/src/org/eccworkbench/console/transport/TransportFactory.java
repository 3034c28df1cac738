package org.eccworkbench.console.transport;

import java.io.IOException;
import java.time.Duration;

/** Opens the transport an endpoint names. */
@FunctionalInterface
public interface TransportFactory {

	/**
	 * Opens {@code endpoint} within {@code timeout}.
	 *
	 * @throws IOException when it cannot be opened
	 */
	Transport open(Endpoint endpoint, Duration timeout) throws IOException;

	/** TCP through {@code java.net}, serial lines through jSerialComm. */
	static TransportFactory standard() {
		return (endpoint, timeout) -> switch (endpoint.kind()) {
		case TCP -> TcpTransport.open(endpoint.host(), endpoint.port(), timeout);
		case SERIAL -> SerialTransport.open(endpoint.device(), endpoint.baud());
		};
	}
}
