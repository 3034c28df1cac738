/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.eccworkbench.kit.mission.MissionPackage
 * @generated
 */
public interface MissionFactory extends EFactory {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MissionFactory eINSTANCE = org.eccworkbench.kit.mission.impl.MissionFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Mission</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mission</em>'.
	 * @generated
	 */
	Mission createMission();

	/**
	 * Returns a new object of class '<em>Team Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Team Member</em>'.
	 * @generated
	 */
	TeamMember createTeamMember();

	/**
	 * Returns a new object of class '<em>Site Console</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Site Console</em>'.
	 * @generated
	 */
	SiteConsole createSiteConsole();

	/**
	 * Returns a new object of class '<em>Transport Limits</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Transport Limits</em>'.
	 * @generated
	 */
	TransportLimits createTransportLimits();

	/**
	 * Returns a new object of class '<em>Planned Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planned Case</em>'.
	 * @generated
	 */
	PlannedCase createPlannedCase();

	/**
	 * Returns a new object of class '<em>Inventory Lot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Inventory Lot</em>'.
	 * @generated
	 */
	InventoryLot createInventoryLot();

	/**
	 * Returns a new object of class '<em>Emergency Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Emergency Item</em>'.
	 * @generated
	 */
	EmergencyItem createEmergencyItem();

	/**
	 * Returns a new object of class '<em>Planning Rules</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planning Rules</em>'.
	 * @generated
	 */
	PlanningRules createPlanningRules();

	/**
	 * Returns a new object of class '<em>Weight Band</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Weight Band</em>'.
	 * @generated
	 */
	WeightBand createWeightBand();

	/**
	 * Returns a new object of class '<em>Spare Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spare Policy</em>'.
	 * @generated
	 */
	SparePolicy createSparePolicy();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MissionPackage getMissionPackage();

} //MissionFactory
