package org.eccworkbench.ui.kit.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The kit of the mission editor the user worked in last, for the Mission perspective's views.
 * Used on the UI thread only.
 */
final class ActiveMission {

	private static final List<Consumer<Optional<KitResult>>> LISTENERS = new CopyOnWriteArrayList<>();
	private static MissionEditor editor;
	private static KitResult current;

	private ActiveMission() {
	}

	static Optional<KitResult> current() {
		return Optional.ofNullable(current);
	}

	static Optional<MissionEditor> editor() {
		return Optional.ofNullable(editor);
	}

	/** {@code listener} gets the current kit now and every later one (empty: no mission). */
	static void listen(Consumer<Optional<KitResult>> listener) {
		LISTENERS.add(listener);
		listener.accept(current());
	}

	static void unlisten(Consumer<Optional<KitResult>> listener) {
		LISTENERS.remove(listener);
	}

	/** {@code activated} became the editor of the active mission; {@code result} is null until its first kit. */
	static void activated(MissionEditor activated, KitResult result) {
		if (editor == activated && current == result) {
			return;
		}
		editor = activated;
		publish(result);
	}

	/** A new kit of {@code from}; shown when it is the active mission's editor. */
	static void computed(MissionEditor from, KitResult result) {
		if (editor == null) {
			editor = from;
		}
		if (editor == from) {
			publish(result);
		}
	}

	static void closed(MissionEditor closed) {
		if (editor == closed) {
			editor = null;
			publish(null);
		}
	}

	private static void publish(KitResult result) {
		current = result;
		LISTENERS.forEach(l -> l.accept(Optional.ofNullable(result)));
	}
}
