/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Oxygenator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Membrane oxygenator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Oxygenator#getRatedFlowLMin <em>Rated Flow LMin</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Oxygenator#isHeatExchanger <em>Heat Exchanger</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Oxygenator#isIntegratedArterialFilter <em>Integrated Arterial Filter</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getOxygenator()
 * @model
 * @generated
 */
public interface Oxygenator extends Component {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Rated Flow LMin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rated blood flow in L/min when no catalog product gives it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rated Flow LMin</em>' attribute.
	 * @see #setRatedFlowLMin(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getOxygenator_RatedFlowLMin()
	 * @model
	 * @generated
	 */
	Double getRatedFlowLMin();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Oxygenator#getRatedFlowLMin <em>Rated Flow LMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rated Flow LMin</em>' attribute.
	 * @see #getRatedFlowLMin()
	 * @generated
	 */
	void setRatedFlowLMin(Double value);

	/**
	 * Returns the value of the '<em><b>Heat Exchanger</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The oxygenator has an integrated heat exchanger (water ports).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Heat Exchanger</em>' attribute.
	 * @see #setHeatExchanger(boolean)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getOxygenator_HeatExchanger()
	 * @model default="true"
	 * @generated
	 */
	boolean isHeatExchanger();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Oxygenator#isHeatExchanger <em>Heat Exchanger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heat Exchanger</em>' attribute.
	 * @see #isHeatExchanger()
	 * @generated
	 */
	void setHeatExchanger(boolean value);

	/**
	 * Returns the value of the '<em><b>Integrated Arterial Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The oxygenator has an integrated arterial filter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Integrated Arterial Filter</em>' attribute.
	 * @see #setIntegratedArterialFilter(boolean)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getOxygenator_IntegratedArterialFilter()
	 * @model
	 * @generated
	 */
	boolean isIntegratedArterialFilter();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Oxygenator#isIntegratedArterialFilter <em>Integrated Arterial Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Integrated Arterial Filter</em>' attribute.
	 * @see #isIntegratedArterialFilter()
	 * @generated
	 */
	void setIntegratedArterialFilter(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the gas inlet is fed by a gas blender.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean gasSupply(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: an integrated heat exchanger is fed water by a heater-cooler.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean heatExchangerWater(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: the rated flow is at least the target flow.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean ratedForTargetFlow(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Oxygenator
