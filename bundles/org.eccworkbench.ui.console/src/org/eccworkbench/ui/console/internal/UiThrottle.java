package org.eccworkbench.ui.console.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Turns a stream of "something changed" calls from any thread into at most one redraw of a
 * control per period, on the UI thread: the first call schedules a redraw through
 * {@link Display#asyncExec(Runnable)}, the calls until it runs are folded into it.
 */
final class UiThrottle implements Runnable {

	private final Control control;
	private final Display display;
	private final int periodMillis;
	private final Runnable redraw;
	private final AtomicBoolean scheduled = new AtomicBoolean();

	UiThrottle(Control control, int periodMillis, Runnable redraw) {
		this.control = control;
		this.display = control.getDisplay();
		this.periodMillis = periodMillis;
		this.redraw = redraw;
	}

	@Override
	public void run() {
		if (!scheduled.compareAndSet(false, true)) {
			return;
		}
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!control.isDisposed()) {
				display.timerExec(periodMillis, this::redrawNow);
			}
		});
	}

	private void redrawNow() {
		scheduled.set(false);
		if (!control.isDisposed()) {
			redraw.run();
		}
	}
}
