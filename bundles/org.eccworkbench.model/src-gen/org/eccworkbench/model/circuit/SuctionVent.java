/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Suction Vent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cardiotomy sucker or a vent catheter, returning blood to the reservoir.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.SuctionVent#getSuctionVentKind <em>Suction Vent Kind</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getSuctionVent()
 * @model
 * @generated
 */
public interface SuctionVent extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Suction Vent Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.SuctionVentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suction Vent Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.SuctionVentKind
	 * @see #setSuctionVentKind(SuctionVentKind)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getSuctionVent_SuctionVentKind()
	 * @model
	 * @generated
	 */
	SuctionVentKind getSuctionVentKind();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.SuctionVent#getSuctionVentKind <em>Suction Vent Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suction Vent Kind</em>' attribute.
	 * @see org.eccworkbench.model.circuit.SuctionVentKind
	 * @see #getSuctionVentKind()
	 * @generated
	 */
	void setSuctionVentKind(SuctionVentKind value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a vent line has a one-way valve.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean ventOneWayValve(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: suction and vent blood returns to a reservoir with a cardiotomy filter.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean returnsToCardiotomyFilter(DiagnosticChain diagnostics, Map<Object, Object> context);

} // SuctionVent
