/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of the circuit with typed ports.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Component#getProductId <em>Product Id</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Component#getPrimeMl <em>Prime Ml</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Component#getX <em>X</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Component#getY <em>Y</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Component#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getComponent()
 * @model abstract="true"
 * @generated
 */
public interface Component extends CircuitElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Product Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalog product this part is, or empty for a generic part described by its own attributes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Id</em>' attribute.
	 * @see #setProductId(String)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getComponent_ProductId()
	 * @model
	 * @generated
	 */
	String getProductId();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Component#getProductId <em>Product Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Id</em>' attribute.
	 * @see #getProductId()
	 * @generated
	 */
	void setProductId(String value);

	/**
	 * Returns the value of the '<em><b>Prime Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Priming volume in mL when no catalog product gives it (or to override the product figure).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prime Ml</em>' attribute.
	 * @see #setPrimeMl(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getComponent_PrimeMl()
	 * @model
	 * @generated
	 */
	Double getPrimeMl();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Component#getPrimeMl <em>Prime Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prime Ml</em>' attribute.
	 * @see #getPrimeMl()
	 * @generated
	 */
	void setPrimeMl(Double value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagram position, left edge, in diagram units (1/100 of a grid cell).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(int)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getComponent_X()
	 * @model
	 * @generated
	 */
	int getX();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Component#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(int value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Diagram position, top edge, in diagram units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(int)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getComponent_Y()
	 * @model
	 * @generated
	 */
	int getY();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Component#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(int value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.model.circuit.Port}.
	 * It is bidirectional and its opposite is '{@link org.eccworkbench.model.circuit.Port#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getComponent_Ports()
	 * @see org.eccworkbench.model.circuit.Port#getComponent
	 * @model opposite="component" containment="true"
	 * @generated
	 */
	EList<Port> getPorts();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port with that name, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Port findPort(String name);

} // Component
