/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arterial Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.ArterialFilter#getPoreSizeUm <em>Pore Size Um</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getArterialFilter()
 * @model
 * @generated
 */
public interface ArterialFilter extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Pore Size Um</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Screen pore size in micrometres.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pore Size Um</em>' attribute.
	 * @see #setPoreSizeUm(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getArterialFilter_PoreSizeUm()
	 * @model
	 * @generated
	 */
	Double getPoreSizeUm();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.ArterialFilter#getPoreSizeUm <em>Pore Size Um</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pore Size Um</em>' attribute.
	 * @see #getPoreSizeUm()
	 * @generated
	 */
	void setPoreSizeUm(Double value);

} // ArterialFilter
