/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tubing connector; a reducer where internal diameters change.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Connector#getConnectorKind <em>Connector Kind</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnector()
 * @model
 * @generated
 */
public interface Connector extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Connector Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.ConnectorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connector Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.ConnectorKind
	 * @see #setConnectorKind(ConnectorKind)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getConnector_ConnectorKind()
	 * @model
	 * @generated
	 */
	ConnectorKind getConnectorKind();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Connector#getConnectorKind <em>Connector Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connector Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.ConnectorKind
	 * @see #getConnectorKind()
	 * @generated
	 */
	void setConnectorKind(ConnectorKind value);

} // Connector
