/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Circuit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An extracorporeal circuit: its parts, the tube segments between them, and the patient and case it is planned for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Circuit#getName <em>Name</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Circuit#getDescription <em>Description</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Circuit#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Circuit#getKind <em>Kind</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Circuit#getComponents <em>Components</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Circuit#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Circuit#getPatient <em>Patient</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Circuit#getClinicalCase <em>Clinical Case</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit()
 * @model
 * @generated
 */
public interface Circuit extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Circuit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Circuit#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the .ecc file format the circuit was written with; a loader migrates older versions and refuses newer ones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(String)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit_ModelVersion()
	 * @model
	 * @generated
	 */
	String getModelVersion();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Circuit#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.CircuitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.CircuitKind
	 * @see #setKind(CircuitKind)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit_Kind()
	 * @model
	 * @generated
	 */
	CircuitKind getKind();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Circuit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.CircuitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CircuitKind value);

	/**
	 * Returns the value of the '<em><b>Components</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.model.circuit.Component}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' containment reference list.
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit_Components()
	 * @model containment="true"
	 * @generated
	 */
	EList<Component> getComponents();

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.model.circuit.Connection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections</em>' containment reference list.
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit_Connections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Connection> getConnections();

	/**
	 * Returns the value of the '<em><b>Patient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patient</em>' containment reference.
	 * @see #setPatient(Patient)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit_Patient()
	 * @model containment="true"
	 * @generated
	 */
	Patient getPatient();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Circuit#getPatient <em>Patient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient</em>' containment reference.
	 * @see #getPatient()
	 * @generated
	 */
	void setPatient(Patient value);

	/**
	 * Returns the value of the '<em><b>Clinical Case</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clinical Case</em>' containment reference.
	 * @see #setClinicalCase(ClinicalCase)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCircuit_ClinicalCase()
	 * @model containment="true"
	 * @generated
	 */
	ClinicalCase getClinicalCase();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Circuit#getClinicalCase <em>Clinical Case</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clinical Case</em>' containment reference.
	 * @see #getClinicalCase()
	 * @generated
	 */
	void setClinicalCase(ClinicalCase value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: blood leaves the patient, passes an arterial pump and comes back to the patient.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean closedBloodLoop(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the loop through the patient passes a membrane oxygenator.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean oxygenatorOnArterialPath(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a pressure sensor watches the arterial side of the arterial pump (ANZCA PS27, AmSECT standard 7).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean arterialPressureMonitored(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a bypass circuit has an arterial line filter or an oxygenator with an integrated filter.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean arterialFilterPresent(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a temperature probe at the oxygenator arterial outlet (STS/SCA/AmSECT 2015).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean arterialTemperatureMonitored(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the patient has the height, weight and haematocrit the figures need.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean patientDataComplete(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The component or connection with that id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	CircuitElement findElement(String id);

} // Circuit
