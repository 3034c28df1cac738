/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planned Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A patient planned for surgery on the mission.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#getId <em>Id</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#getAgeYears <em>Age Years</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#getWeightKg <em>Weight Kg</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#getHeightCm <em>Height Cm</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#getHematocritPercent <em>Hematocrit Percent</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#getProcedure <em>Procedure</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#getExpectedBypassMinutes <em>Expected Bypass Minutes</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#isEcmoStandby <em>Ecmo Standby</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlannedCase#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase()
 * @model
 * @generated
 */
public interface PlannedCase extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Age Years</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Age Years</em>' attribute.
	 * @see #setAgeYears(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_AgeYears()
	 * @model
	 * @generated
	 */
	double getAgeYears();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#getAgeYears <em>Age Years</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Years</em>' attribute.
	 * @see #getAgeYears()
	 * @generated
	 */
	void setAgeYears(double value);

	/**
	 * Returns the value of the '<em><b>Weight Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Kg</em>' attribute.
	 * @see #setWeightKg(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_WeightKg()
	 * @model
	 * @generated
	 */
	double getWeightKg();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#getWeightKg <em>Weight Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Kg</em>' attribute.
	 * @see #getWeightKg()
	 * @generated
	 */
	void setWeightKg(double value);

	/**
	 * Returns the value of the '<em><b>Height Cm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height Cm</em>' attribute.
	 * @see #setHeightCm(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_HeightCm()
	 * @model
	 * @generated
	 */
	double getHeightCm();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#getHeightCm <em>Height Cm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height Cm</em>' attribute.
	 * @see #getHeightCm()
	 * @generated
	 */
	void setHeightCm(double value);

	/**
	 * Returns the value of the '<em><b>Hematocrit Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pre-bypass haematocrit in %, when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hematocrit Percent</em>' attribute.
	 * @see #setHematocritPercent(Double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_HematocritPercent()
	 * @model
	 * @generated
	 */
	Double getHematocritPercent();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#getHematocritPercent <em>Hematocrit Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hematocrit Percent</em>' attribute.
	 * @see #getHematocritPercent()
	 * @generated
	 */
	void setHematocritPercent(Double value);

	/**
	 * Returns the value of the '<em><b>Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Procedure</em>' attribute.
	 * @see #setProcedure(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_Procedure()
	 * @model
	 * @generated
	 */
	String getProcedure();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#getProcedure <em>Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedure</em>' attribute.
	 * @see #getProcedure()
	 * @generated
	 */
	void setProcedure(String value);

	/**
	 * Returns the value of the '<em><b>Expected Bypass Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Bypass Minutes</em>' attribute.
	 * @see #setExpectedBypassMinutes(int)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_ExpectedBypassMinutes()
	 * @model
	 * @generated
	 */
	int getExpectedBypassMinutes();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#getExpectedBypassMinutes <em>Expected Bypass Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Bypass Minutes</em>' attribute.
	 * @see #getExpectedBypassMinutes()
	 * @generated
	 */
	void setExpectedBypassMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Ecmo Standby</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An ECMO circuit must stand by for this case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ecmo Standby</em>' attribute.
	 * @see #setEcmoStandby(boolean)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_EcmoStandby()
	 * @model
	 * @generated
	 */
	boolean isEcmoStandby();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#isEcmoStandby <em>Ecmo Standby</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ecmo Standby</em>' attribute.
	 * @see #isEcmoStandby()
	 * @generated
	 */
	void setEcmoStandby(boolean value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Circuit template to use instead of the one the weight bands choose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlannedCase_Template()
	 * @model
	 * @generated
	 */
	String getTemplate();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlannedCase#getTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(String value);

} // PlannedCase
