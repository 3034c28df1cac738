/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clinical Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The case the circuit is planned for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.ClinicalCase#getProcedure <em>Procedure</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.ClinicalCase#getPlannedTemperatureC <em>Planned Temperature C</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.ClinicalCase#getTargetCardiacIndex <em>Target Cardiac Index</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.ClinicalCase#getExpectedBypassMinutes <em>Expected Bypass Minutes</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getClinicalCase()
 * @model
 * @generated
 */
public interface ClinicalCase extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The planned procedure, e.g. CABG x3, arterial switch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Procedure</em>' attribute.
	 * @see #setProcedure(String)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getClinicalCase_Procedure()
	 * @model
	 * @generated
	 */
	String getProcedure();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.ClinicalCase#getProcedure <em>Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedure</em>' attribute.
	 * @see #getProcedure()
	 * @generated
	 */
	void setProcedure(String value);

	/**
	 * Returns the value of the '<em><b>Planned Temperature C</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest planned patient temperature on bypass in degrees Celsius.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Temperature C</em>' attribute.
	 * @see #setPlannedTemperatureC(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getClinicalCase_PlannedTemperatureC()
	 * @model
	 * @generated
	 */
	Double getPlannedTemperatureC();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.ClinicalCase#getPlannedTemperatureC <em>Planned Temperature C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Temperature C</em>' attribute.
	 * @see #getPlannedTemperatureC()
	 * @generated
	 */
	void setPlannedTemperatureC(Double value);

	/**
	 * Returns the value of the '<em><b>Target Cardiac Index</b></em>' attribute.
	 * The default value is <code>"2.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target cardiac index in L/min/m2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Cardiac Index</em>' attribute.
	 * @see #setTargetCardiacIndex(double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getClinicalCase_TargetCardiacIndex()
	 * @model default="2.4"
	 * @generated
	 */
	double getTargetCardiacIndex();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.ClinicalCase#getTargetCardiacIndex <em>Target Cardiac Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Cardiac Index</em>' attribute.
	 * @see #getTargetCardiacIndex()
	 * @generated
	 */
	void setTargetCardiacIndex(double value);

	/**
	 * Returns the value of the '<em><b>Expected Bypass Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected duration of bypass in minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Bypass Minutes</em>' attribute.
	 * @see #setExpectedBypassMinutes(Integer)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getClinicalCase_ExpectedBypassMinutes()
	 * @model
	 * @generated
	 */
	Integer getExpectedBypassMinutes();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.ClinicalCase#getExpectedBypassMinutes <em>Expected Bypass Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Bypass Minutes</em>' attribute.
	 * @see #getExpectedBypassMinutes()
	 * @generated
	 */
	void setExpectedBypassMinutes(Integer value);

} // ClinicalCase
