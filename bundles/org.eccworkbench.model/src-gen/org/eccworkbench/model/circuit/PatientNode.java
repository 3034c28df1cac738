/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The patient as a node of the blood path: cannulae drain from and return to it.
 * <!-- end-model-doc -->
 *
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatientNode()
 * @model
 * @generated
 */
public interface PatientNode extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

} // PatientNode
