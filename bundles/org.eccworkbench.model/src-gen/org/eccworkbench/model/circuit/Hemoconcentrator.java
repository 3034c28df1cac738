/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hemoconcentrator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Haemoconcentrator (ultrafilter).
 * <!-- end-model-doc -->
 *
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getHemoconcentrator()
 * @model
 * @generated
 */
public interface Hemoconcentrator extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

} // Hemoconcentrator
