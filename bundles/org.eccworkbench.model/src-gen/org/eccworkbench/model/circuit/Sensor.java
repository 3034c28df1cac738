/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sensor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Sensor#getSensorKind <em>Sensor Kind</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Sensor#getAttachedTo <em>Attached To</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getSensor()
 * @model
 * @generated
 */
public interface Sensor extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Sensor Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.SensorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sensor Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.SensorKind
	 * @see #setSensorKind(SensorKind)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getSensor_SensorKind()
	 * @model
	 * @generated
	 */
	SensorKind getSensorKind();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Sensor#getSensorKind <em>Sensor Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sensor Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.SensorKind
	 * @see #getSensorKind()
	 * @generated
	 */
	void setSensorKind(SensorKind value);

	/**
	 * Returns the value of the '<em><b>Attached To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line or part the sensor measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attached To</em>' reference.
	 * @see #setAttachedTo(CircuitElement)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getSensor_AttachedTo()
	 * @model
	 * @generated
	 */
	CircuitElement getAttachedTo();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Sensor#getAttachedTo <em>Attached To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attached To</em>' reference.
	 * @see #getAttachedTo()
	 * @generated
	 */
	void setAttachedTo(CircuitElement value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the sensor is attached to a line or a part.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean attached(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Sensor
