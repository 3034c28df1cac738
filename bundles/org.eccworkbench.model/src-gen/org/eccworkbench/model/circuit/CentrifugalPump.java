/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Centrifugal Pump</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.CentrifugalPump#getMaxRpm <em>Max Rpm</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getCentrifugalPump()
 * @model
 * @generated
 */
public interface CentrifugalPump extends Pump {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Max Rpm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum speed of the drive for this head in rpm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Rpm</em>' attribute.
	 * @see #setMaxRpm(Integer)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCentrifugalPump_MaxRpm()
	 * @model
	 * @generated
	 */
	Integer getMaxRpm();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.CentrifugalPump#getMaxRpm <em>Max Rpm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Rpm</em>' attribute.
	 * @see #getMaxRpm()
	 * @generated
	 */
	void setMaxRpm(Integer value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a centrifugal pump has a flow probe on its outlet side.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean flowProbe(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a centrifugal pump has a one-way valve or a clamp on its outlet side against backflow.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean backflowProtection(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CentrifugalPump
