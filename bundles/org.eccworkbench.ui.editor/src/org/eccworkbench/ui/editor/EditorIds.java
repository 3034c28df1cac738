package org.eccworkbench.ui.editor;

/** Identifiers of what {@code org.eccworkbench.ui.editor} contributes to the workbench. */
public final class EditorIds {

	/** The circuit editor, for {@code .ecc} files. */
	public static final String CIRCUIT_EDITOR = "org.eccworkbench.ui.editor.circuit";
	public static final String WIZARD_NEW_CIRCUIT = "org.eccworkbench.ui.editor.wizards.newCircuit";
	public static final String WIZARD_NEW_PROJECT = "org.eccworkbench.ui.editor.wizards.newProject";
	public static final String PREFERENCE_PAGE = "org.eccworkbench.ui.editor.preferences";
	/** Markers of the circuit validator on {@code .ecc} files. */
	public static final String PROBLEM_MARKER = "org.eccworkbench.ui.editor.problem";

	private EditorIds() {
	}
}
