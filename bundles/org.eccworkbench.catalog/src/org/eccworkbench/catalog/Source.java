package org.eccworkbench.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a figure comes from: a document (a citation such as {@code 510(k) K130520} or
 * {@code Riley, JECT 2008;40(1):21}) with an optional page, and/or a URL. {@code weak} marks
 * sources that are not authoritative (student notes, marketing copies, generated profiles).
 */
public record Source(String id, Optional<String> document, Optional<String> page, Optional<String> url,
		boolean weak) {

	public Source {
		Objects.requireNonNull(id);
		Objects.requireNonNull(document);
		Objects.requireNonNull(page);
		Objects.requireNonNull(url);
		if (document.isEmpty() && url.isEmpty()) {
			throw new IllegalArgumentException("a source needs a document or a URL: " + id); //$NON-NLS-1$
		}
	}

	/** The document, page and URL in one line, for example {@code Capiox RX IFU, p. 23, https://...}. */
	public String citation() {
		StringBuilder text = new StringBuilder();
		document.ifPresent(text::append);
		page.ifPresent(p -> text.append(text.isEmpty() ? "" : ", ").append("p. ").append(p)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		url.ifPresent(u -> text.append(text.isEmpty() ? "" : ", ").append(u)); //$NON-NLS-1$ //$NON-NLS-2$
		return text.toString();
	}
}
