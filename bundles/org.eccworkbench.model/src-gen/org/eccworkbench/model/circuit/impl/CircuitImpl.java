/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.CircuitKind;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.ClinicalCase;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Patient;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Circuit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CircuitImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CircuitImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CircuitImpl#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CircuitImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CircuitImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CircuitImpl#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CircuitImpl#getPatient <em>Patient</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.impl.CircuitImpl#getClinicalCase <em>Clinical Case</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CircuitImpl extends EObjectImpl implements Circuit {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected String modelVersion = MODEL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CircuitKind KIND_EDEFAULT = CircuitKind.CPB;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CircuitKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<Component> components;

	/**
	 * The cached value of the '{@link #getConnections() <em>Connections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected EList<Connection> connections;

	/**
	 * The cached value of the '{@link #getPatient() <em>Patient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatient()
	 * @generated
	 * @ordered
	 */
	protected Patient patient;

	/**
	 * The cached value of the '{@link #getClinicalCase() <em>Clinical Case</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClinicalCase()
	 * @generated
	 * @ordered
	 */
	protected ClinicalCase clinicalCase;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CircuitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CircuitPackage.Literals.CIRCUIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CIRCUIT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CIRCUIT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelVersion() {
		return modelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelVersion(String newModelVersion) {
		String oldModelVersion = modelVersion;
		modelVersion = newModelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CIRCUIT__MODEL_VERSION, oldModelVersion, modelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CircuitKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CircuitKind newKind) {
		CircuitKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CIRCUIT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Component> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<Component>(Component.class, this, CircuitPackage.CIRCUIT__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Connection> getConnections() {
		if (connections == null) {
			connections = new EObjectContainmentEList<Connection>(Connection.class, this, CircuitPackage.CIRCUIT__CONNECTIONS);
		}
		return connections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patient getPatient() {
		return patient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPatient(Patient newPatient, NotificationChain msgs) {
		Patient oldPatient = patient;
		patient = newPatient;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CircuitPackage.CIRCUIT__PATIENT, oldPatient, newPatient);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatient(Patient newPatient) {
		if (newPatient != patient) {
			NotificationChain msgs = null;
			if (patient != null)
				msgs = ((InternalEObject)patient).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CircuitPackage.CIRCUIT__PATIENT, null, msgs);
			if (newPatient != null)
				msgs = ((InternalEObject)newPatient).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CircuitPackage.CIRCUIT__PATIENT, null, msgs);
			msgs = basicSetPatient(newPatient, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CIRCUIT__PATIENT, newPatient, newPatient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClinicalCase getClinicalCase() {
		return clinicalCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClinicalCase(ClinicalCase newClinicalCase, NotificationChain msgs) {
		ClinicalCase oldClinicalCase = clinicalCase;
		clinicalCase = newClinicalCase;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CircuitPackage.CIRCUIT__CLINICAL_CASE, oldClinicalCase, newClinicalCase);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClinicalCase(ClinicalCase newClinicalCase) {
		if (newClinicalCase != clinicalCase) {
			NotificationChain msgs = null;
			if (clinicalCase != null)
				msgs = ((InternalEObject)clinicalCase).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CircuitPackage.CIRCUIT__CLINICAL_CASE, null, msgs);
			if (newClinicalCase != null)
				msgs = ((InternalEObject)newClinicalCase).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CircuitPackage.CIRCUIT__CLINICAL_CASE, null, msgs);
			msgs = basicSetClinicalCase(newClinicalCase, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CircuitPackage.CIRCUIT__CLINICAL_CASE, newClinicalCase, newClinicalCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean closedBloodLoop(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.CircuitRules.closedBloodLoop(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean oxygenatorOnArterialPath(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.CircuitRules.oxygenatorOnArterialPath(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean arterialPressureMonitored(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.CircuitRules.arterialPressureMonitored(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean arterialFilterPresent(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.CircuitRules.arterialFilterPresent(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean arterialTemperatureMonitored(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.CircuitRules.arterialTemperatureMonitored(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean patientDataComplete(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.eccworkbench.model.internal.rules.CircuitRules.patientDataComplete(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CircuitElement findElement(final String id) {
		return org.eccworkbench.model.internal.CircuitQueries.findElement(this, id);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CircuitPackage.CIRCUIT__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case CircuitPackage.CIRCUIT__CONNECTIONS:
				return ((InternalEList<?>)getConnections()).basicRemove(otherEnd, msgs);
			case CircuitPackage.CIRCUIT__PATIENT:
				return basicSetPatient(null, msgs);
			case CircuitPackage.CIRCUIT__CLINICAL_CASE:
				return basicSetClinicalCase(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CircuitPackage.CIRCUIT__NAME:
				return getName();
			case CircuitPackage.CIRCUIT__DESCRIPTION:
				return getDescription();
			case CircuitPackage.CIRCUIT__MODEL_VERSION:
				return getModelVersion();
			case CircuitPackage.CIRCUIT__KIND:
				return getKind();
			case CircuitPackage.CIRCUIT__COMPONENTS:
				return getComponents();
			case CircuitPackage.CIRCUIT__CONNECTIONS:
				return getConnections();
			case CircuitPackage.CIRCUIT__PATIENT:
				return getPatient();
			case CircuitPackage.CIRCUIT__CLINICAL_CASE:
				return getClinicalCase();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CircuitPackage.CIRCUIT__NAME:
				setName((String)newValue);
				return;
			case CircuitPackage.CIRCUIT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CircuitPackage.CIRCUIT__MODEL_VERSION:
				setModelVersion((String)newValue);
				return;
			case CircuitPackage.CIRCUIT__KIND:
				setKind((CircuitKind)newValue);
				return;
			case CircuitPackage.CIRCUIT__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends Component>)newValue);
				return;
			case CircuitPackage.CIRCUIT__CONNECTIONS:
				getConnections().clear();
				getConnections().addAll((Collection<? extends Connection>)newValue);
				return;
			case CircuitPackage.CIRCUIT__PATIENT:
				setPatient((Patient)newValue);
				return;
			case CircuitPackage.CIRCUIT__CLINICAL_CASE:
				setClinicalCase((ClinicalCase)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CircuitPackage.CIRCUIT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CircuitPackage.CIRCUIT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CircuitPackage.CIRCUIT__MODEL_VERSION:
				setModelVersion(MODEL_VERSION_EDEFAULT);
				return;
			case CircuitPackage.CIRCUIT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CircuitPackage.CIRCUIT__COMPONENTS:
				getComponents().clear();
				return;
			case CircuitPackage.CIRCUIT__CONNECTIONS:
				getConnections().clear();
				return;
			case CircuitPackage.CIRCUIT__PATIENT:
				setPatient((Patient)null);
				return;
			case CircuitPackage.CIRCUIT__CLINICAL_CASE:
				setClinicalCase((ClinicalCase)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CircuitPackage.CIRCUIT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CircuitPackage.CIRCUIT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CircuitPackage.CIRCUIT__MODEL_VERSION:
				return MODEL_VERSION_EDEFAULT == null ? modelVersion != null : !MODEL_VERSION_EDEFAULT.equals(modelVersion);
			case CircuitPackage.CIRCUIT__KIND:
				return kind != KIND_EDEFAULT;
			case CircuitPackage.CIRCUIT__COMPONENTS:
				return components != null && !components.isEmpty();
			case CircuitPackage.CIRCUIT__CONNECTIONS:
				return connections != null && !connections.isEmpty();
			case CircuitPackage.CIRCUIT__PATIENT:
				return patient != null;
			case CircuitPackage.CIRCUIT__CLINICAL_CASE:
				return clinicalCase != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CircuitPackage.CIRCUIT___CLOSED_BLOOD_LOOP__DIAGNOSTICCHAIN_MAP:
				return closedBloodLoop((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CIRCUIT___OXYGENATOR_ON_ARTERIAL_PATH__DIAGNOSTICCHAIN_MAP:
				return oxygenatorOnArterialPath((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CIRCUIT___ARTERIAL_PRESSURE_MONITORED__DIAGNOSTICCHAIN_MAP:
				return arterialPressureMonitored((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CIRCUIT___ARTERIAL_FILTER_PRESENT__DIAGNOSTICCHAIN_MAP:
				return arterialFilterPresent((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CIRCUIT___ARTERIAL_TEMPERATURE_MONITORED__DIAGNOSTICCHAIN_MAP:
				return arterialTemperatureMonitored((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CIRCUIT___PATIENT_DATA_COMPLETE__DIAGNOSTICCHAIN_MAP:
				return patientDataComplete((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CircuitPackage.CIRCUIT___FIND_ELEMENT__STRING:
				return findElement((String)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", modelVersion: ");
		result.append(modelVersion);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //CircuitImpl
