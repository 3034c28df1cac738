/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cardioplegia Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.CardioplegiaSet#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.CardioplegiaSet#getBloodToCrystalloidRatio <em>Blood To Crystalloid Ratio</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.CardioplegiaSet#isHeatExchanger <em>Heat Exchanger</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getCardioplegiaSet()
 * @model
 * @generated
 */
public interface CardioplegiaSet extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.CardioplegiaProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see org.eccworkbench.model.circuit.CardioplegiaProtocol
	 * @see #setProtocol(CardioplegiaProtocol)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCardioplegiaSet_Protocol()
	 * @model
	 * @generated
	 */
	CardioplegiaProtocol getProtocol();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.CardioplegiaSet#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see org.eccworkbench.model.circuit.CardioplegiaProtocol
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(CardioplegiaProtocol value);

	/**
	 * Returns the value of the '<em><b>Blood To Crystalloid Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parts of blood per part of crystalloid: 4 for 4:1 blood cardioplegia, 0.25 for del Nido (1:4), 0 for crystalloid only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blood To Crystalloid Ratio</em>' attribute.
	 * @see #setBloodToCrystalloidRatio(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCardioplegiaSet_BloodToCrystalloidRatio()
	 * @model
	 * @generated
	 */
	double getBloodToCrystalloidRatio();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.CardioplegiaSet#getBloodToCrystalloidRatio <em>Blood To Crystalloid Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blood To Crystalloid Ratio</em>' attribute.
	 * @see #getBloodToCrystalloidRatio()
	 * @generated
	 */
	void setBloodToCrystalloidRatio(double value);

	/**
	 * Returns the value of the '<em><b>Heat Exchanger</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The set has its own heat exchanger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Heat Exchanger</em>' attribute.
	 * @see #setHeatExchanger(boolean)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getCardioplegiaSet_HeatExchanger()
	 * @model default="true"
	 * @generated
	 */
	boolean isHeatExchanger();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.CardioplegiaSet#isHeatExchanger <em>Heat Exchanger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heat Exchanger</em>' attribute.
	 * @see #isHeatExchanger()
	 * @generated
	 */
	void setHeatExchanger(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: blood in, a cardioplegia pump, a pressure sensor and a line to the patient.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean deliveryComplete(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CardioplegiaSet
