/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tube segment (or a gas, water or signal line) from one port to another, in the direction of flow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Connection#getSource <em>Source</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Connection#getTarget <em>Target</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Connection#getInternalDiameterInch <em>Internal Diameter Inch</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Connection#getLengthM <em>Length M</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Connection#getMaterial <em>Material</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Connection#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnection()
 * @model
 * @generated
 */
public interface Connection extends CircuitElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Port)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnection_Source()
	 * @model required="true"
	 * @generated
	 */
	Port getSource();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Connection#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Port value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Port)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnection_Target()
	 * @model required="true"
	 * @generated
	 */
	Port getTarget();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Connection#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Port value);

	/**
	 * Returns the value of the '<em><b>Internal Diameter Inch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internal diameter of the tube segment in inches (3/8 in = 0.375).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Internal Diameter Inch</em>' attribute.
	 * @see #setInternalDiameterInch(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnection_InternalDiameterInch()
	 * @model
	 * @generated
	 */
	double getInternalDiameterInch();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Connection#getInternalDiameterInch <em>Internal Diameter Inch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Diameter Inch</em>' attribute.
	 * @see #getInternalDiameterInch()
	 * @generated
	 */
	void setInternalDiameterInch(double value);

	/**
	 * Returns the value of the '<em><b>Length M</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the tube segment in metres.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Length M</em>' attribute.
	 * @see #setLengthM(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnection_LengthM()
	 * @model
	 * @generated
	 */
	double getLengthM();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Connection#getLengthM <em>Length M</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Length M</em>' attribute.
	 * @see #getLengthM()
	 * @generated
	 */
	void setLengthM(double value);

	/**
	 * Returns the value of the '<em><b>Material</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.TubeMaterial}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Material</em>' attribute.
	 * @see org.eccworkbench.model.circuit.TubeMaterial
	 * @see #setMaterial(TubeMaterial)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnection_Material()
	 * @model
	 * @generated
	 */
	TubeMaterial getMaterial();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Connection#getMaterial <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Material</em>' attribute.
	 * @see org.eccworkbench.model.circuit.TubeMaterial
	 * @see #getMaterial()
	 * @generated
	 */
	void setMaterial(TubeMaterial value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.LineRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.eccworkbench.model.circuit.LineRole
	 * @see #setRole(LineRole)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnection_Role()
	 * @model
	 * @generated
	 */
	LineRole getRole();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Connection#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.eccworkbench.model.circuit.LineRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(LineRole value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the segment runs from an outlet port to an inlet port.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean portDirection(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: both ends carry the same medium.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean portKindsCompatible(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the tube fits the ports at both ends, or a reducer joins them.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean diameterMatchesPorts(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a recirculation line is at least 3/16 in (Terumo Capiox RX IFU).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean recirculationLineSize(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a main-path tube carries the target flow within the accepted pressure drop.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean tubeFlowForTargetFlow(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Priming volume of the segment in mL: pi (ID/2)^2 L.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double primeVolumeMl();

} // Connection
