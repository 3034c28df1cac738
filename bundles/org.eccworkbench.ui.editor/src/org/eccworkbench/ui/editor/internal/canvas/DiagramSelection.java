package org.eccworkbench.ui.editor.internal.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/** The selected components and connections, in the order they were selected. */
public final class DiagramSelection {

	private final LinkedHashSet<EObject> selected = new LinkedHashSet<>();
	private final List<Runnable> listeners = new ArrayList<>();

	public Set<EObject> elements() {
		return java.util.Collections.unmodifiableSet(selected);
	}

	public boolean contains(EObject element) {
		return selected.contains(element);
	}

	public boolean isEmpty() {
		return selected.isEmpty();
	}

	public void set(Collection<? extends EObject> elements) {
		if (selected.size() == elements.size() && selected.containsAll(elements)) {
			return;
		}
		selected.clear();
		selected.addAll(elements);
		changed();
	}

	public void toggle(EObject element) {
		if (!selected.remove(element)) {
			selected.add(element);
		}
		changed();
	}

	public void add(Collection<? extends EObject> elements) {
		if (selected.addAll(elements)) {
			changed();
		}
	}

	/** Drops elements that are no longer in a circuit (deleted, or undone additions). */
	public void retainAttached() {
		if (selected.removeIf(e -> e.eContainer() == null)) {
			changed();
		}
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
