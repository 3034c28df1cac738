/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>One Way Valve</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A one-way valve, e.g. on a vent line or after a centrifugal pump.
 * <!-- end-model-doc -->
 *
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getOneWayValve()
 * @model
 * @generated
 */
public interface OneWayValve extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

} // OneWayValve
