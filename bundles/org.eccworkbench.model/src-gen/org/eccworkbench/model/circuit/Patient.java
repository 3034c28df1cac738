/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The patient the circuit is planned for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.model.circuit.Patient#getAgeYears <em>Age Years</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Patient#getSex <em>Sex</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Patient#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Patient#getWeightKg <em>Weight Kg</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Patient#getHematocritPercent <em>Hematocrit Percent</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Patient#getHemoglobinGDl <em>Hemoglobin GDl</em>}</li>
 *   <li>{@link org.eccworkbench.model.circuit.Patient#getBloodVolumeMl <em>Blood Volume Ml</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatient()
 * @model
 * @generated
 */
public interface Patient extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Age Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Age in years (0.1 for about five weeks).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Age Years</em>' attribute.
	 * @see #setAgeYears(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatient_AgeYears()
	 * @model
	 * @generated
	 */
	Double getAgeYears();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Patient#getAgeYears <em>Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Years</em>' attribute.
	 * @see #getAgeYears()
	 * @generated
	 */
	void setAgeYears(Double value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.eccworkbench.model.circuit.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.eccworkbench.model.circuit.Sex
	 * @see #setSex(Sex)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatient_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Patient#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.eccworkbench.model.circuit.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Height in cm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height Cm</em>' attribute.
	 * @see #setHeightCm(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatient_HeightCm()
	 * @model
	 * @generated
	 */
	Double getHeightCm();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Patient#getHeightCm <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height Cm</em>' attribute.
	 * @see #getHeightCm()
	 * @generated
	 */
	void setHeightCm(Double value);

	/**
	 * Returns the value of the '<em><b>Weight Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight in kg.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Kg</em>' attribute.
	 * @see #setWeightKg(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatient_WeightKg()
	 * @model
	 * @generated
	 */
	Double getWeightKg();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Patient#getWeightKg <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Kg</em>' attribute.
	 * @see #getWeightKg()
	 * @generated
	 */
	void setWeightKg(Double value);

	/**
	 * Returns the value of the '<em><b>Hematocrit Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pre-bypass haematocrit in %.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hematocrit Percent</em>' attribute.
	 * @see #setHematocritPercent(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatient_HematocritPercent()
	 * @model
	 * @generated
	 */
	Double getHematocritPercent();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Patient#getHematocritPercent <em>Hematocrit Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hematocrit Percent</em>' attribute.
	 * @see #getHematocritPercent()
	 * @generated
	 */
	void setHematocritPercent(Double value);

	/**
	 * Returns the value of the '<em><b>Hemoglobin GDl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pre-bypass haemoglobin in g/dL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hemoglobin GDl</em>' attribute.
	 * @see #setHemoglobinGDl(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatient_HemoglobinGDl()
	 * @model
	 * @generated
	 */
	Double getHemoglobinGDl();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Patient#getHemoglobinGDl <em>Hemoglobin GDl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hemoglobin GDl</em>' attribute.
	 * @see #getHemoglobinGDl()
	 * @generated
	 */
	void setHemoglobinGDl(Double value);

	/**
	 * Returns the value of the '<em><b>Blood Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated blood volume in mL when known; otherwise it is estimated from weight and age.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blood Volume Ml</em>' attribute.
	 * @see #setBloodVolumeMl(Double)
	 * @see org.eccworkbench.model.circuit.CircuitPackage#getPatient_BloodVolumeMl()
	 * @model
	 * @generated
	 */
	Double getBloodVolumeMl();

	/**
	 * Sets the value of the '{@link org.eccworkbench.model.circuit.Patient#getBloodVolumeMl <em>Blood Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blood Volume Ml</em>' attribute.
	 * @see #getBloodVolumeMl()
	 * @generated
	 */
	void setBloodVolumeMl(Double value);

} // Patient
