package org.eccworkbench.ui.editor.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.CircuitPackage.Literals;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.ModelLabels;
import org.eccworkbench.ui.editor.internal.properties.TextValues;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The Patient & case page: the circuit's name and kind, the patient and the planned case. Each
 * field commits with Enter or when it loses focus, as one EMF command; a missing patient or case
 * is created by the first value entered.
 */
public final class PatientCaseForm {

	/** A field bound to an attribute of the circuit, its patient or its case. */
	private record Field(Control control, EReference holder, EAttribute attribute) {
	}

	private final EditingDomain domain;
	private final Circuit circuit;
	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private final List<Field> fields = new ArrayList<>();
	private boolean refreshing;

	public PatientCaseForm(Composite parent, EditingDomain domain, Circuit circuit) {
		this.domain = domain;
		this.circuit = circuit;
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Form_title);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(form.getBody());
		Composite general = section(Messages.Form_circuit);
		field(general, Messages.Field_circuitName, null, Literals.CIRCUIT__NAME);
		field(general, Messages.Field_circuitKind, null, Literals.CIRCUIT__KIND);
		field(general, Messages.Field_description, null, Literals.CIRCUIT__DESCRIPTION);
		Composite patient = section(Messages.Form_patient);
		EReference p = Literals.CIRCUIT__PATIENT;
		field(patient, Messages.Field_age, p, Literals.PATIENT__AGE_YEARS);
		field(patient, Messages.Field_sex, p, Literals.PATIENT__SEX);
		field(patient, Messages.Field_height, p, Literals.PATIENT__HEIGHT_CM);
		field(patient, Messages.Field_weight, p, Literals.PATIENT__WEIGHT_KG);
		field(patient, Messages.Field_hematocrit, p, Literals.PATIENT__HEMATOCRIT_PERCENT);
		field(patient, Messages.Field_hemoglobin, p, Literals.PATIENT__HEMOGLOBIN_GDL);
		field(patient, Messages.Field_bloodVolume, p, Literals.PATIENT__BLOOD_VOLUME_ML);
		Composite clinicalCase = section(Messages.Form_case);
		EReference c = Literals.CIRCUIT__CLINICAL_CASE;
		field(clinicalCase, Messages.Field_procedure, c, Literals.CLINICAL_CASE__PROCEDURE);
		field(clinicalCase, Messages.Field_plannedTemperature, c, Literals.CLINICAL_CASE__PLANNED_TEMPERATURE_C);
		field(clinicalCase, Messages.Field_targetCardiacIndex, c, Literals.CLINICAL_CASE__TARGET_CARDIAC_INDEX);
		field(clinicalCase, Messages.Field_bypassMinutes, c, Literals.CLINICAL_CASE__EXPECTED_BYPASS_MINUTES);
		refresh();
	}

	public Control control() {
		return form;
	}

	private Composite section(String title) {
		Section section = toolkit.createSection(form.getBody(), Section.TITLE_BAR);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		return client;
	}

	private void field(Composite parent, String label, EReference holder, EAttribute attribute) {
		toolkit.createLabel(parent, label);
		Control control;
		if (attribute.getEAttributeType() instanceof EEnum type) {
			Combo combo = new Combo(parent, SWT.READ_ONLY);
			type.getELiterals().forEach(l -> combo.add(ModelLabels.literal(l.getInstance())));
			combo.addListener(SWT.Selection, e -> commit(holder, attribute,
					type.getELiterals().get(combo.getSelectionIndex()).getInstance()));
			control = combo;
		} else {
			Text text = toolkit.createText(parent, "", SWT.BORDER); //$NON-NLS-1$
			Runnable apply = () -> {
				String problem = TextValues.problem(attribute.getEAttributeType(), text.getText());
				if (problem == null) {
					commit(holder, attribute, TextValues.parse(attribute.getEAttributeType(), text.getText()));
				} else {
					refresh();
				}
			};
			text.addListener(SWT.DefaultSelection, e -> apply.run());
			text.addListener(SWT.FocusOut, e -> apply.run());
			control = text;
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(control);
		fields.add(new Field(control, holder, attribute));
	}

	private EObject owner(EReference holder) {
		return holder == null ? circuit : (EObject) circuit.eGet(holder);
	}

	/** Sets the value in the model unless it is already there; creates the patient or case first. */
	void commit(EReference holder, EAttribute attribute, Object value) {
		if (refreshing) {
			return;
		}
		EObject owner = owner(holder);
		Object current = owner == null ? null : owner.eGet(attribute);
		if (owner != null && (current == null ? value == null : current.equals(value))) {
			return;
		}
		if (owner == null && value == null) {
			return;
		}
		CompoundCommand command = new CompoundCommand(Messages.Command_editCase);
		if (owner == null) {
			owner = holder == Literals.CIRCUIT__PATIENT ? CircuitFactory.eINSTANCE.createPatient()
					: CircuitFactory.eINSTANCE.createClinicalCase();
			command.append(SetCommand.create(domain, circuit, holder, owner));
		}
		command.append(SetCommand.create(domain, owner, attribute, value));
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** Shows the model's values. */
	public void refresh() {
		if (form.isDisposed()) {
			return;
		}
		refreshing = true;
		try {
			for (Field field : fields) {
				EObject owner = owner(field.holder());
				Object value = owner == null ? null : owner.eGet(field.attribute());
				if (field.control() instanceof Combo combo) {
					EEnum type = (EEnum) field.attribute().getEAttributeType();
					EEnumLiteral literal = value == null ? null : type.getEEnumLiteralByLiteral(value.toString());
					combo.select(literal == null ? -1 : type.getELiterals().indexOf(literal));
				} else if (field.control() instanceof Text text && !text.isFocusControl()) {
					text.setText(owner == null ? "" : TextValues.format(field.attribute().getEAttributeType(), value)); //$NON-NLS-1$
				}
			}
		} finally {
			refreshing = false;
		}
	}

	/** The text field of {@code attribute}, for tests. */
	public Text textOf(EAttribute attribute) {
		return fields.stream().filter(f -> f.attribute() == attribute).map(f -> (Text) f.control()).findFirst()
				.orElseThrow();
	}

	public void dispose() {
		toolkit.dispose();
	}
}
