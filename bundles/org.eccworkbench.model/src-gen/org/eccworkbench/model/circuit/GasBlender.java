/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gas Blender</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.GasBlender#getFio2Percent <em>Fio2 Percent</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.GasBlender#getSweepLMin <em>Sweep LMin</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getGasBlender()
 * @model
 * @generated
 */
public interface GasBlender extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Fio2 Percent</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Oxygen fraction of the sweep gas in %.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fio2 Percent</em>' attribute.
	 * @see #setFio2Percent(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getGasBlender_Fio2Percent()
	 * @model default="100.0"
	 * @generated
	 */
	double getFio2Percent();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.GasBlender#getFio2Percent <em>Fio2 Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fio2 Percent</em>' attribute.
	 * @see #getFio2Percent()
	 * @generated
	 */
	void setFio2Percent(double value);

	/**
	 * Returns the value of the '<em><b>Sweep LMin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sweep gas flow in L/min.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sweep LMin</em>' attribute.
	 * @see #setSweepLMin(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getGasBlender_SweepLMin()
	 * @model
	 * @generated
	 */
	double getSweepLMin();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.GasBlender#getSweepLMin <em>Sweep LMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sweep LMin</em>' attribute.
	 * @see #getSweepLMin()
	 * @generated
	 */
	void setSweepLMin(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the sweep gas flow to an oxygenator is at least 0.5 L/min (Capiox FX25 IFU).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean minimumSweep(DiagnosticChain diagnostics, Map<Object, Object> context);

} // GasBlender
