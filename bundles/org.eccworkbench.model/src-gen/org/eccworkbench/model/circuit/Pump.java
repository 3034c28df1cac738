/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pump</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Pump#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getPump()
 * @model abstract="true"
 * @generated
 */
public interface Pump extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.PumpRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.eccworkbench.model.circuit.PumpRole
	 * @see #setRole(PumpRole)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getPump_Role()
	 * @model
	 * @generated
	 */
	PumpRole getRole();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Pump#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.eccworkbench.model.circuit.PumpRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PumpRole value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the pump drives blood where its role says: toward the patient, or back to the reservoir.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean pumpDirection(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: an arterial pump has a bubble detector on its outlet side.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean arterialBubbleDetector(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Pump
