/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.util;

import org.eccworkbench.kit.mission.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.eccworkbench.kit.mission.MissionPackage
 * @generated
 */
public class MissionAdapterFactory extends AdapterFactoryImpl {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MissionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MissionAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MissionPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MissionSwitch<Adapter> modelSwitch =
		new MissionSwitch<Adapter>() {
			@Override
			public Adapter caseMission(Mission object) {
				return createMissionAdapter();
			}
			@Override
			public Adapter caseTeamMember(TeamMember object) {
				return createTeamMemberAdapter();
			}
			@Override
			public Adapter caseSiteConsole(SiteConsole object) {
				return createSiteConsoleAdapter();
			}
			@Override
			public Adapter caseTransportLimits(TransportLimits object) {
				return createTransportLimitsAdapter();
			}
			@Override
			public Adapter casePlannedCase(PlannedCase object) {
				return createPlannedCaseAdapter();
			}
			@Override
			public Adapter caseInventoryLot(InventoryLot object) {
				return createInventoryLotAdapter();
			}
			@Override
			public Adapter caseEmergencyItem(EmergencyItem object) {
				return createEmergencyItemAdapter();
			}
			@Override
			public Adapter casePlanningRules(PlanningRules object) {
				return createPlanningRulesAdapter();
			}
			@Override
			public Adapter caseWeightBand(WeightBand object) {
				return createWeightBandAdapter();
			}
			@Override
			public Adapter caseSparePolicy(SparePolicy object) {
				return createSparePolicyAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.Mission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.Mission
	 * @generated
	 */
	public Adapter createMissionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.TeamMember <em>Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.TeamMember
	 * @generated
	 */
	public Adapter createTeamMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.SiteConsole <em>Site Console</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.SiteConsole
	 * @generated
	 */
	public Adapter createSiteConsoleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.TransportLimits <em>Transport Limits</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.TransportLimits
	 * @generated
	 */
	public Adapter createTransportLimitsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.PlannedCase <em>Planned Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.PlannedCase
	 * @generated
	 */
	public Adapter createPlannedCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.InventoryLot <em>Inventory Lot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.InventoryLot
	 * @generated
	 */
	public Adapter createInventoryLotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.EmergencyItem <em>Emergency Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.EmergencyItem
	 * @generated
	 */
	public Adapter createEmergencyItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.PlanningRules <em>Planning Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.PlanningRules
	 * @generated
	 */
	public Adapter createPlanningRulesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.WeightBand <em>Weight Band</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.WeightBand
	 * @generated
	 */
	public Adapter createWeightBandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.eccworkbench.kit.mission.SparePolicy <em>Spare Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.eccworkbench.kit.mission.SparePolicy
	 * @generated
	 */
	public Adapter createSparePolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //MissionAdapterFactory
