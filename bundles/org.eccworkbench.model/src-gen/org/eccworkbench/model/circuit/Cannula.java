/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cannula</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Cannula#getCannulaKind <em>Cannula Kind</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Cannula#getSizeFr <em>Size Fr</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Cannula#getSite <em>Site</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getCannula()
 * @model
 * @generated
 */
public interface Cannula extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Cannula Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.CannulaKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cannula Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.CannulaKind
	 * @see #setCannulaKind(CannulaKind)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCannula_CannulaKind()
	 * @model
	 * @generated
	 */
	CannulaKind getCannulaKind();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Cannula#getCannulaKind <em>Cannula Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cannula Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.CannulaKind
	 * @see #getCannulaKind()
	 * @generated
	 */
	void setCannulaKind(CannulaKind value);

	/**
	 * Returns the value of the '<em><b>Size Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outer size in French (1 Fr = 1/3 mm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size Fr</em>' attribute.
	 * @see #setSizeFr(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCannula_SizeFr()
	 * @model
	 * @generated
	 */
	double getSizeFr();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Cannula#getSizeFr <em>Size Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Fr</em>' attribute.
	 * @see #getSizeFr()
	 * @generated
	 */
	void setSizeFr(double value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Insertion site, e.g. ascending aorta, right atrium, femoral vein.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCannula_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Cannula#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the cannula carries the target flow within the accepted pressure drop.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean flowForTargetFlow(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Cannula
