package org.eccworkbench.ui.kit.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.KitPlan;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * A Mission perspective view of the active mission's kit: a message while no mission editor is
 * open or while the planner failed, else the content, refreshed at each computation.
 */
abstract class KitView extends ViewPart {

	private Composite stack;
	private StackLayout layout;
	private Label message;
	private Composite messagePage;
	private Composite content;
	private KitResult shown;
	private final Consumer<Optional<KitResult>> listener = this::show;

	@Override
	public final void createPartControl(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		layout = new StackLayout();
		stack.setLayout(layout);
		messagePage = new Composite(stack, SWT.NONE);
		messagePage.setLayout(new GridLayout(1, false));
		message = new Label(messagePage, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		content = new Composite(stack, SWT.NONE);
		content.setLayout(new GridLayout(1, false));
		createContent(content);
		ActiveMission.listen(listener);
	}

	/** The view's widgets, in a one-column grid layout. */
	abstract void createContent(Composite parent);

	/** Shows a computed kit. */
	abstract void showKit(KitResult result, KitPlan plan, PackingResult packing);

	/** The text while no mission editor is open. */
	abstract String noMission();

	private void show(Optional<KitResult> result) {
		if (stack.isDisposed()) {
			return;
		}
		shown = result.orElse(null);
		if (result.isEmpty()) {
			message.setText(noMission());
			layout.topControl = messagePage;
		} else if (result.get().failure().isPresent()) {
			message.setText(result.get().failure().get());
			layout.topControl = messagePage;
		} else {
			showKit(result.get(), result.get().plan().get(), result.get().packing().get());
			layout.topControl = content;
		}
		messagePage.layout(true, true);
		stack.layout(true, true);
	}

	/** The kit shown, if any. */
	Optional<KitResult> shown() {
		return Optional.ofNullable(shown);
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}

	@Override
	public void dispose() {
		ActiveMission.unlisten(listener);
		super.dispose();
	}
}
