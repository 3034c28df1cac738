/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planning Rules</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rules of the kit planner; docs/kit.md gives each default and its source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getCardiacIndex <em>Cardiac Index</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getBsaFormula <em>Bsa Formula</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getHeparinUnitsPerKg <em>Heparin Units Per Kg</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getProtamineMgPer100Units <em>Protamine Mg Per100 Units</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getCardioplegiaProtocol <em>Cardioplegia Protocol</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getTargetHctPercent <em>Target Hct Percent</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getPackedCellHctPercent <em>Packed Cell Hct Percent</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getEmergencyTemplate <em>Emergency Template</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getEmergencyCircuits <em>Emergency Circuits</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getBands <em>Bands</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.PlanningRules#getSpares <em>Spares</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules()
 * @model
 * @generated
 */
public interface PlanningRules extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Cardiac Index</b></em>' attribute.
	 * The default value is <code>"2.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cardiac index for the target flow, L/min/m2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cardiac Index</em>' attribute.
	 * @see #setCardiacIndex(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_CardiacIndex()
	 * @model default="2.8"
	 * @generated
	 */
	double getCardiacIndex();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getCardiacIndex <em>Cardiac Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cardiac Index</em>' attribute.
	 * @see #getCardiacIndex()
	 * @generated
	 */
	void setCardiacIndex(double value);

	/**
	 * Returns the value of the '<em><b>Bsa Formula</b></em>' attribute.
	 * The default value is <code>"haycock"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bsa Formula</em>' attribute.
	 * @see #setBsaFormula(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_BsaFormula()
	 * @model default="haycock"
	 * @generated
	 */
	String getBsaFormula();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getBsaFormula <em>Bsa Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bsa Formula</em>' attribute.
	 * @see #getBsaFormula()
	 * @generated
	 */
	void setBsaFormula(String value);

	/**
	 * Returns the value of the '<em><b>Heparin Units Per Kg</b></em>' attribute.
	 * The default value is <code>"300.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heparin Units Per Kg</em>' attribute.
	 * @see #setHeparinUnitsPerKg(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_HeparinUnitsPerKg()
	 * @model default="300.0"
	 * @generated
	 */
	double getHeparinUnitsPerKg();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getHeparinUnitsPerKg <em>Heparin Units Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heparin Units Per Kg</em>' attribute.
	 * @see #getHeparinUnitsPerKg()
	 * @generated
	 */
	void setHeparinUnitsPerKg(double value);

	/**
	 * Returns the value of the '<em><b>Protamine Mg Per100 Units</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protamine Mg Per100 Units</em>' attribute.
	 * @see #setProtamineMgPer100Units(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_ProtamineMgPer100Units()
	 * @model default="1.0"
	 * @generated
	 */
	double getProtamineMgPer100Units();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getProtamineMgPer100Units <em>Protamine Mg Per100 Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protamine Mg Per100 Units</em>' attribute.
	 * @see #getProtamineMgPer100Units()
	 * @generated
	 */
	void setProtamineMgPer100Units(double value);

	/**
	 * Returns the value of the '<em><b>Cardioplegia Protocol</b></em>' attribute.
	 * The default value is <code>"del-nido"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cardioplegia Protocol</em>' attribute.
	 * @see #setCardioplegiaProtocol(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_CardioplegiaProtocol()
	 * @model default="del-nido"
	 * @generated
	 */
	String getCardioplegiaProtocol();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getCardioplegiaProtocol <em>Cardioplegia Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cardioplegia Protocol</em>' attribute.
	 * @see #getCardioplegiaProtocol()
	 * @generated
	 */
	void setCardioplegiaProtocol(String value);

	/**
	 * Returns the value of the '<em><b>Target Hct Percent</b></em>' attribute.
	 * The default value is <code>"25.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest acceptable predicted haematocrit on bypass, %.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Hct Percent</em>' attribute.
	 * @see #setTargetHctPercent(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_TargetHctPercent()
	 * @model default="25.0"
	 * @generated
	 */
	double getTargetHctPercent();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getTargetHctPercent <em>Target Hct Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Hct Percent</em>' attribute.
	 * @see #getTargetHctPercent()
	 * @generated
	 */
	void setTargetHctPercent(double value);

	/**
	 * Returns the value of the '<em><b>Packed Cell Hct Percent</b></em>' attribute.
	 * The default value is <code>"60.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Haematocrit of the packed red cells the site supplies, %.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Packed Cell Hct Percent</em>' attribute.
	 * @see #setPackedCellHctPercent(double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_PackedCellHctPercent()
	 * @model default="60.0"
	 * @generated
	 */
	double getPackedCellHctPercent();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getPackedCellHctPercent <em>Packed Cell Hct Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packed Cell Hct Percent</em>' attribute.
	 * @see #getPackedCellHctPercent()
	 * @generated
	 */
	void setPackedCellHctPercent(double value);

	/**
	 * Returns the value of the '<em><b>Emergency Template</b></em>' attribute.
	 * The default value is <code>"va-ecmo"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emergency Template</em>' attribute.
	 * @see #setEmergencyTemplate(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_EmergencyTemplate()
	 * @model default="va-ecmo"
	 * @generated
	 */
	String getEmergencyTemplate();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getEmergencyTemplate <em>Emergency Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emergency Template</em>' attribute.
	 * @see #getEmergencyTemplate()
	 * @generated
	 */
	void setEmergencyTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Emergency Circuits</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emergency Circuits</em>' attribute.
	 * @see #setEmergencyCircuits(int)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_EmergencyCircuits()
	 * @model default="1"
	 * @generated
	 */
	int getEmergencyCircuits();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.PlanningRules#getEmergencyCircuits <em>Emergency Circuits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emergency Circuits</em>' attribute.
	 * @see #getEmergencyCircuits()
	 * @generated
	 */
	void setEmergencyCircuits(int value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.kit.mission.WeightBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_Bands()
	 * @model containment="true"
	 * @generated
	 */
	EList<WeightBand> getBands();

	/**
	 * Returns the value of the '<em><b>Spares</b></em>' containment reference list.
	 * The list contents are of type {@link org.eccworkbench.kit.mission.SparePolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spares</em>' containment reference list.
	 * @see org.eccworkbench.kit.mission.MissionPackage#getPlanningRules_Spares()
	 * @model containment="true"
	 * @generated
	 */
	EList<SparePolicy> getSpares();

} // PlanningRules
