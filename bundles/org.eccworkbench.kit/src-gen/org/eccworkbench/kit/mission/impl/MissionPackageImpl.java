/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.impl;

import java.time.LocalDate;

import org.eccworkbench.kit.mission.EmergencyItem;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.MissionFactory;
import org.eccworkbench.kit.mission.MissionPackage;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.kit.mission.PlanningRules;
import org.eccworkbench.kit.mission.SiteConsole;
import org.eccworkbench.kit.mission.SparePolicy;
import org.eccworkbench.kit.mission.SpareScope;
import org.eccworkbench.kit.mission.TeamMember;
import org.eccworkbench.kit.mission.TransportLimits;
import org.eccworkbench.kit.mission.WeightBand;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MissionPackageImpl extends EPackageImpl implements MissionPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass missionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteConsoleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transportLimitsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass plannedCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inventoryLotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass emergencyItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planningRulesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass weightBandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sparePolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum spareScopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.eccworkbench.kit.mission.MissionPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MissionPackageImpl() {
		super(eNS_URI, MissionFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link MissionPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MissionPackage init() {
		if (isInited) return (MissionPackage)EPackage.Registry.INSTANCE.getEPackage(MissionPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMissionPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MissionPackageImpl theMissionPackage = registeredMissionPackage instanceof MissionPackageImpl ? (MissionPackageImpl)registeredMissionPackage : new MissionPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theMissionPackage.createPackageContents();

		// Initialize created meta-data
		theMissionPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMissionPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MissionPackage.eNS_URI, theMissionPackage);
		return theMissionPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMission() {
		return missionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMission_Name() {
		return (EAttribute)missionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMission_Destination() {
		return (EAttribute)missionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMission_Departure() {
		return (EAttribute)missionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMission_ReturnDate() {
		return (EAttribute)missionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMission_FormatVersion() {
		return (EAttribute)missionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMission_TemplateFolder() {
		return (EAttribute)missionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMission_Team() {
		return (EReference)missionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMission_Consoles() {
		return (EReference)missionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMission_Transport() {
		return (EReference)missionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMission_Rules() {
		return (EReference)missionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMission_Cases() {
		return (EReference)missionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMission_Inventory() {
		return (EReference)missionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMission_Emergency() {
		return (EReference)missionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeamMember() {
		return teamMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeamMember_Name() {
		return (EAttribute)teamMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeamMember_Role() {
		return (EAttribute)teamMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSiteConsole() {
		return siteConsoleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSiteConsole_ConsoleModel() {
		return (EAttribute)siteConsoleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSiteConsole_Count() {
		return (EAttribute)siteConsoleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSiteConsole_HandCrank() {
		return (EAttribute)siteConsoleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransportLimits() {
		return transportLimitsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransportLimits_MaxPieces() {
		return (EAttribute)transportLimitsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransportLimits_MaxKgPerPiece() {
		return (EAttribute)transportLimitsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransportLimits_LengthCm() {
		return (EAttribute)transportLimitsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransportLimits_WidthCm() {
		return (EAttribute)transportLimitsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransportLimits_HeightCm() {
		return (EAttribute)transportLimitsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransportLimits_TareKg() {
		return (EAttribute)transportLimitsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlannedCase() {
		return plannedCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_Id() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_AgeYears() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_WeightKg() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_HeightCm() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_HematocritPercent() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_Procedure() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_ExpectedBypassMinutes() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_EcmoStandby() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlannedCase_Template() {
		return (EAttribute)plannedCaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInventoryLot() {
		return inventoryLotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryLot_ItemId() {
		return (EAttribute)inventoryLotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryLot_Lot() {
		return (EAttribute)inventoryLotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryLot_Quantity() {
		return (EAttribute)inventoryLotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryLot_Expiry() {
		return (EAttribute)inventoryLotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryLot_UnitValue() {
		return (EAttribute)inventoryLotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryLot_Currency() {
		return (EAttribute)inventoryLotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInventoryLot_Location() {
		return (EAttribute)inventoryLotEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmergencyItem() {
		return emergencyItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyItem_ItemId() {
		return (EAttribute)emergencyItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyItem_Quantity() {
		return (EAttribute)emergencyItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanningRules() {
		return planningRulesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_CardiacIndex() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_BsaFormula() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_HeparinUnitsPerKg() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_ProtamineMgPer100Units() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_CardioplegiaProtocol() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_TargetHctPercent() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_PackedCellHctPercent() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_EmergencyTemplate() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningRules_EmergencyCircuits() {
		return (EAttribute)planningRulesEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningRules_Bands() {
		return (EReference)planningRulesEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningRules_Spares() {
		return (EReference)planningRulesEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWeightBand() {
		return weightBandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeightBand_UpToKg() {
		return (EAttribute)weightBandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeightBand_Template() {
		return (EAttribute)weightBandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSparePolicy() {
		return sparePolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePolicy_Selector() {
		return (EAttribute)sparePolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePolicy_Scope() {
		return (EAttribute)sparePolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePolicy_Percent() {
		return (EAttribute)sparePolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSparePolicy_Minimum() {
		return (EAttribute)sparePolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSpareScope() {
		return spareScopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissionFactory getMissionFactory() {
		return (MissionFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		missionEClass = createEClass(MISSION);
		createEAttribute(missionEClass, MISSION__NAME);
		createEAttribute(missionEClass, MISSION__DESTINATION);
		createEAttribute(missionEClass, MISSION__DEPARTURE);
		createEAttribute(missionEClass, MISSION__RETURN_DATE);
		createEAttribute(missionEClass, MISSION__FORMAT_VERSION);
		createEAttribute(missionEClass, MISSION__TEMPLATE_FOLDER);
		createEReference(missionEClass, MISSION__TEAM);
		createEReference(missionEClass, MISSION__CONSOLES);
		createEReference(missionEClass, MISSION__TRANSPORT);
		createEReference(missionEClass, MISSION__RULES);
		createEReference(missionEClass, MISSION__CASES);
		createEReference(missionEClass, MISSION__INVENTORY);
		createEReference(missionEClass, MISSION__EMERGENCY);

		teamMemberEClass = createEClass(TEAM_MEMBER);
		createEAttribute(teamMemberEClass, TEAM_MEMBER__NAME);
		createEAttribute(teamMemberEClass, TEAM_MEMBER__ROLE);

		siteConsoleEClass = createEClass(SITE_CONSOLE);
		createEAttribute(siteConsoleEClass, SITE_CONSOLE__CONSOLE_MODEL);
		createEAttribute(siteConsoleEClass, SITE_CONSOLE__COUNT);
		createEAttribute(siteConsoleEClass, SITE_CONSOLE__HAND_CRANK);

		transportLimitsEClass = createEClass(TRANSPORT_LIMITS);
		createEAttribute(transportLimitsEClass, TRANSPORT_LIMITS__MAX_PIECES);
		createEAttribute(transportLimitsEClass, TRANSPORT_LIMITS__MAX_KG_PER_PIECE);
		createEAttribute(transportLimitsEClass, TRANSPORT_LIMITS__LENGTH_CM);
		createEAttribute(transportLimitsEClass, TRANSPORT_LIMITS__WIDTH_CM);
		createEAttribute(transportLimitsEClass, TRANSPORT_LIMITS__HEIGHT_CM);
		createEAttribute(transportLimitsEClass, TRANSPORT_LIMITS__TARE_KG);

		plannedCaseEClass = createEClass(PLANNED_CASE);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__ID);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__AGE_YEARS);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__WEIGHT_KG);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__HEIGHT_CM);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__HEMATOCRIT_PERCENT);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__PROCEDURE);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__EXPECTED_BYPASS_MINUTES);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__ECMO_STANDBY);
		createEAttribute(plannedCaseEClass, PLANNED_CASE__TEMPLATE);

		inventoryLotEClass = createEClass(INVENTORY_LOT);
		createEAttribute(inventoryLotEClass, INVENTORY_LOT__ITEM_ID);
		createEAttribute(inventoryLotEClass, INVENTORY_LOT__LOT);
		createEAttribute(inventoryLotEClass, INVENTORY_LOT__QUANTITY);
		createEAttribute(inventoryLotEClass, INVENTORY_LOT__EXPIRY);
		createEAttribute(inventoryLotEClass, INVENTORY_LOT__UNIT_VALUE);
		createEAttribute(inventoryLotEClass, INVENTORY_LOT__CURRENCY);
		createEAttribute(inventoryLotEClass, INVENTORY_LOT__LOCATION);

		emergencyItemEClass = createEClass(EMERGENCY_ITEM);
		createEAttribute(emergencyItemEClass, EMERGENCY_ITEM__ITEM_ID);
		createEAttribute(emergencyItemEClass, EMERGENCY_ITEM__QUANTITY);

		planningRulesEClass = createEClass(PLANNING_RULES);
		createEAttribute(planningRulesEClass, PLANNING_RULES__CARDIAC_INDEX);
		createEAttribute(planningRulesEClass, PLANNING_RULES__BSA_FORMULA);
		createEAttribute(planningRulesEClass, PLANNING_RULES__HEPARIN_UNITS_PER_KG);
		createEAttribute(planningRulesEClass, PLANNING_RULES__PROTAMINE_MG_PER100_UNITS);
		createEAttribute(planningRulesEClass, PLANNING_RULES__CARDIOPLEGIA_PROTOCOL);
		createEAttribute(planningRulesEClass, PLANNING_RULES__TARGET_HCT_PERCENT);
		createEAttribute(planningRulesEClass, PLANNING_RULES__PACKED_CELL_HCT_PERCENT);
		createEAttribute(planningRulesEClass, PLANNING_RULES__EMERGENCY_TEMPLATE);
		createEAttribute(planningRulesEClass, PLANNING_RULES__EMERGENCY_CIRCUITS);
		createEReference(planningRulesEClass, PLANNING_RULES__BANDS);
		createEReference(planningRulesEClass, PLANNING_RULES__SPARES);

		weightBandEClass = createEClass(WEIGHT_BAND);
		createEAttribute(weightBandEClass, WEIGHT_BAND__UP_TO_KG);
		createEAttribute(weightBandEClass, WEIGHT_BAND__TEMPLATE);

		sparePolicyEClass = createEClass(SPARE_POLICY);
		createEAttribute(sparePolicyEClass, SPARE_POLICY__SELECTOR);
		createEAttribute(sparePolicyEClass, SPARE_POLICY__SCOPE);
		createEAttribute(sparePolicyEClass, SPARE_POLICY__PERCENT);
		createEAttribute(sparePolicyEClass, SPARE_POLICY__MINIMUM);

		// Create enums
		spareScopeEEnum = createEEnum(SPARE_SCOPE);

		// Create data types
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(missionEClass, Mission.class, "Mission", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMission_Name(), ecorePackage.getEString(), "name", null, 0, 1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMission_Destination(), ecorePackage.getEString(), "destination", null, 0, 1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMission_Departure(), this.getDate(), "departure", null, 0, 1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMission_ReturnDate(), this.getDate(), "returnDate", null, 0, 1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMission_FormatVersion(), ecorePackage.getEString(), "formatVersion", null, 0, 1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMission_TemplateFolder(), ecorePackage.getEString(), "templateFolder", null, 0, 1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMission_Team(), this.getTeamMember(), null, "team", null, 0, -1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMission_Consoles(), this.getSiteConsole(), null, "consoles", null, 0, -1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMission_Transport(), this.getTransportLimits(), null, "transport", null, 0, 1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMission_Rules(), this.getPlanningRules(), null, "rules", null, 0, 1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMission_Cases(), this.getPlannedCase(), null, "cases", null, 0, -1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMission_Inventory(), this.getInventoryLot(), null, "inventory", null, 0, -1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMission_Emergency(), this.getEmergencyItem(), null, "emergency", null, 0, -1, Mission.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamMemberEClass, TeamMember.class, "TeamMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeamMember_Name(), ecorePackage.getEString(), "name", null, 0, 1, TeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeamMember_Role(), ecorePackage.getEString(), "role", null, 0, 1, TeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteConsoleEClass, SiteConsole.class, "SiteConsole", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSiteConsole_ConsoleModel(), ecorePackage.getEString(), "consoleModel", null, 0, 1, SiteConsole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSiteConsole_Count(), ecorePackage.getEInt(), "count", "1", 0, 1, SiteConsole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSiteConsole_HandCrank(), ecorePackage.getEBoolean(), "handCrank", null, 0, 1, SiteConsole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(transportLimitsEClass, TransportLimits.class, "TransportLimits", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTransportLimits_MaxPieces(), ecorePackage.getEInt(), "maxPieces", null, 0, 1, TransportLimits.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransportLimits_MaxKgPerPiece(), ecorePackage.getEDouble(), "maxKgPerPiece", "23.0", 0, 1, TransportLimits.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransportLimits_LengthCm(), ecorePackage.getEDouble(), "lengthCm", null, 0, 1, TransportLimits.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransportLimits_WidthCm(), ecorePackage.getEDouble(), "widthCm", null, 0, 1, TransportLimits.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransportLimits_HeightCm(), ecorePackage.getEDouble(), "heightCm", null, 0, 1, TransportLimits.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransportLimits_TareKg(), ecorePackage.getEDouble(), "tareKg", null, 0, 1, TransportLimits.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(plannedCaseEClass, PlannedCase.class, "PlannedCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlannedCase_Id(), ecorePackage.getEString(), "id", null, 1, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedCase_AgeYears(), ecorePackage.getEDouble(), "ageYears", null, 0, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedCase_WeightKg(), ecorePackage.getEDouble(), "weightKg", null, 0, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedCase_HeightCm(), ecorePackage.getEDouble(), "heightCm", null, 0, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedCase_HematocritPercent(), ecorePackage.getEDoubleObject(), "hematocritPercent", null, 0, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedCase_Procedure(), ecorePackage.getEString(), "procedure", null, 0, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedCase_ExpectedBypassMinutes(), ecorePackage.getEInt(), "expectedBypassMinutes", null, 0, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedCase_EcmoStandby(), ecorePackage.getEBoolean(), "ecmoStandby", null, 0, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlannedCase_Template(), ecorePackage.getEString(), "template", null, 0, 1, PlannedCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inventoryLotEClass, InventoryLot.class, "InventoryLot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInventoryLot_ItemId(), ecorePackage.getEString(), "itemId", null, 0, 1, InventoryLot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryLot_Lot(), ecorePackage.getEString(), "lot", null, 0, 1, InventoryLot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryLot_Quantity(), ecorePackage.getEInt(), "quantity", null, 0, 1, InventoryLot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryLot_Expiry(), this.getDate(), "expiry", null, 0, 1, InventoryLot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryLot_UnitValue(), ecorePackage.getEDoubleObject(), "unitValue", null, 0, 1, InventoryLot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryLot_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, InventoryLot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInventoryLot_Location(), ecorePackage.getEString(), "location", null, 0, 1, InventoryLot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(emergencyItemEClass, EmergencyItem.class, "EmergencyItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmergencyItem_ItemId(), ecorePackage.getEString(), "itemId", null, 0, 1, EmergencyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyItem_Quantity(), ecorePackage.getEInt(), "quantity", "1", 0, 1, EmergencyItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planningRulesEClass, PlanningRules.class, "PlanningRules", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanningRules_CardiacIndex(), ecorePackage.getEDouble(), "cardiacIndex", "2.8", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningRules_BsaFormula(), ecorePackage.getEString(), "bsaFormula", "haycock", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningRules_HeparinUnitsPerKg(), ecorePackage.getEDouble(), "heparinUnitsPerKg", "300.0", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningRules_ProtamineMgPer100Units(), ecorePackage.getEDouble(), "protamineMgPer100Units", "1.0", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningRules_CardioplegiaProtocol(), ecorePackage.getEString(), "cardioplegiaProtocol", "del-nido", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningRules_TargetHctPercent(), ecorePackage.getEDouble(), "targetHctPercent", "25.0", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningRules_PackedCellHctPercent(), ecorePackage.getEDouble(), "packedCellHctPercent", "60.0", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningRules_EmergencyTemplate(), ecorePackage.getEString(), "emergencyTemplate", "va-ecmo", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningRules_EmergencyCircuits(), ecorePackage.getEInt(), "emergencyCircuits", "1", 0, 1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanningRules_Bands(), this.getWeightBand(), null, "bands", null, 0, -1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanningRules_Spares(), this.getSparePolicy(), null, "spares", null, 0, -1, PlanningRules.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(weightBandEClass, WeightBand.class, "WeightBand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWeightBand_UpToKg(), ecorePackage.getEDouble(), "upToKg", null, 0, 1, WeightBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWeightBand_Template(), ecorePackage.getEString(), "template", null, 0, 1, WeightBand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sparePolicyEClass, SparePolicy.class, "SparePolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSparePolicy_Selector(), ecorePackage.getEString(), "selector", null, 0, 1, SparePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparePolicy_Scope(), this.getSpareScope(), "scope", null, 0, 1, SparePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparePolicy_Percent(), ecorePackage.getEDouble(), "percent", null, 0, 1, SparePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSparePolicy_Minimum(), ecorePackage.getEInt(), "minimum", null, 0, 1, SparePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(spareScopeEEnum, SpareScope.class, "SpareScope");
		addEEnumLiteral(spareScopeEEnum, SpareScope.ITEM);
		addEEnumLiteral(spareScopeEEnum, SpareScope.CATEGORY);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //MissionPackageImpl
