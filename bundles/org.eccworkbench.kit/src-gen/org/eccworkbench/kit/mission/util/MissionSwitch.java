/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.util;

import org.eccworkbench.kit.mission.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.eccworkbench.kit.mission.MissionPackage
 * @generated
 */
public class MissionSwitch<T> extends Switch<T> {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MissionPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MissionSwitch() {
		if (modelPackage == null) {
			modelPackage = MissionPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case MissionPackage.MISSION: {
				Mission mission = (Mission)theEObject;
				T result = caseMission(mission);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.TEAM_MEMBER: {
				TeamMember teamMember = (TeamMember)theEObject;
				T result = caseTeamMember(teamMember);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.SITE_CONSOLE: {
				SiteConsole siteConsole = (SiteConsole)theEObject;
				T result = caseSiteConsole(siteConsole);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.TRANSPORT_LIMITS: {
				TransportLimits transportLimits = (TransportLimits)theEObject;
				T result = caseTransportLimits(transportLimits);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.PLANNED_CASE: {
				PlannedCase plannedCase = (PlannedCase)theEObject;
				T result = casePlannedCase(plannedCase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.INVENTORY_LOT: {
				InventoryLot inventoryLot = (InventoryLot)theEObject;
				T result = caseInventoryLot(inventoryLot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.EMERGENCY_ITEM: {
				EmergencyItem emergencyItem = (EmergencyItem)theEObject;
				T result = caseEmergencyItem(emergencyItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.PLANNING_RULES: {
				PlanningRules planningRules = (PlanningRules)theEObject;
				T result = casePlanningRules(planningRules);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.WEIGHT_BAND: {
				WeightBand weightBand = (WeightBand)theEObject;
				T result = caseWeightBand(weightBand);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MissionPackage.SPARE_POLICY: {
				SparePolicy sparePolicy = (SparePolicy)theEObject;
				T result = caseSparePolicy(sparePolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mission</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mission</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMission(Mission object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Team Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Team Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeamMember(TeamMember object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Site Console</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Site Console</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSiteConsole(SiteConsole object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transport Limits</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transport Limits</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransportLimits(TransportLimits object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planned Case</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planned Case</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlannedCase(PlannedCase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Inventory Lot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Inventory Lot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInventoryLot(InventoryLot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Emergency Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Emergency Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEmergencyItem(EmergencyItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planning Rules</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planning Rules</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanningRules(PlanningRules object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Weight Band</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Weight Band</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWeightBand(WeightBand object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spare Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spare Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSparePolicy(SparePolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //MissionSwitch
