package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.model.circuit.CircuitKind;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Sex;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.ModelLabels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eccworkbench.ui.editor.internal.commands.PartKind;
import org.junit.jupiter.api.Test;

/** Every message of the editor exists in English and French, and every generic part has a name. */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}

	@Test
	void frenchHasEveryEnglishMessage() throws IOException {
		assertEquals(new TreeSet<>(load("messages.properties").keySet()), //$NON-NLS-1$
				new TreeSet<>(load("messages_fr.properties").keySet())); //$NON-NLS-1$
		assertEquals(new TreeSet<>(load("labels.properties").keySet()), //$NON-NLS-1$
				new TreeSet<>(load("labels_fr.properties").keySet())); //$NON-NLS-1$
	}

	@Test
	void everyMessageHasItsField() throws IOException {
		for (Object key : load("messages.properties").keySet()) { //$NON-NLS-1$
			assertTrue(Arrays.stream(Messages.class.getFields()).anyMatch(f -> f.getName().equals(key)), key + " is used"); //$NON-NLS-1$
		}
	}

	@Test
	void pluginTextExistsInBothLanguages() throws IOException {
		Properties english = new Properties();
		Properties french = new Properties();
		try (InputStream en = Messages.class.getResourceAsStream("/plugin.properties"); //$NON-NLS-1$
				InputStream fr = Messages.class.getResourceAsStream("/plugin_fr.properties")) { //$NON-NLS-1$
			english.load(en);
			french.load(fr);
		}
		assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(french.keySet()));
	}

	@Test
	void everyKindOfElementAndShownValueHasAName() throws IOException {
		Properties english = load("labels.properties"); //$NON-NLS-1$
		for (EClassifier classifier : CircuitPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()
					&& CircuitPackage.Literals.CIRCUIT_ELEMENT.isSuperTypeOf(type)) {
				assertTrue(english.containsKey("Kind_" + type.getName()), type.getName()); //$NON-NLS-1$
			}
		}
		for (Enumerator[] values : List.of(LineRole.values(), CircuitKind.values(), Sex.values())) {
			for (Enumerator value : values) {
				String key = ((Enum<?>) value).getDeclaringClass().getSimpleName() + "_" + value.getName(); //$NON-NLS-1$
				assertTrue(english.containsKey(key), key);
				assertEquals(english.getProperty(key), ModelLabels.literal(value));
			}
		}
	}

	@Test
	void everyPartHasAName() {
		for (PartKind kind : PartKind.values()) {
			assertNotEquals(kind.id(), kind.label(), kind.name());
			assertFalse(kind.label().isBlank());
		}
	}
}
