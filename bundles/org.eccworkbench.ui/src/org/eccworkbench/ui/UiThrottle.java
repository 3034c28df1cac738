package org.eccworkbench.ui;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Folds "something changed" calls from any thread into at most one refresh of a control per
 * period, on the UI thread: the first call schedules it through {@link Display#asyncExec}, the
 * calls until it runs are folded into it. Views that follow a console or a simulation share it.
 */
public final class UiThrottle implements Runnable {

	private final Control control;
	private final Display display;
	private final int periodMillis;
	private final Runnable refresh;
	private final AtomicBoolean scheduled = new AtomicBoolean();

	public UiThrottle(Control control, int periodMillis, Runnable refresh) {
		this.control = control;
		this.display = control.getDisplay();
		this.periodMillis = periodMillis;
		this.refresh = refresh;
	}

	@Override
	public void run() {
		if (!scheduled.compareAndSet(false, true) || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!control.isDisposed()) {
				display.timerExec(periodMillis, this::refreshNow);
			}
		});
	}

	private void refreshNow() {
		scheduled.set(false);
		if (!control.isDisposed()) {
			refresh.run();
		}
	}
}
